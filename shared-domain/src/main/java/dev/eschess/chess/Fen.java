package dev.eschess.chess;

import java.util.Set;

/**
 * Forsyth-Edwards Notation: a strict reader and a writer. The writer shows the en passant square only when
 * an en passant capture is legal (the convention of lichess and chess.js), so the first four fields are a
 * correct repetition key. It lives beside {@link Position}, which reads and writes itself in FEN, so that the
 * rules never depend on the notation package (SAN, UCI and PGN depend on the rules, not the other way round).
 */
public final class Fen {

    /** The standard starting position. */
    public static final String INITIAL = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

    private Fen() {
    }

    /** The FEN of a position. */
    public static String write(Position position) {
        StringBuilder fen = new StringBuilder(90);
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                var piece = position.pieceAt(Square.of(file, rank));
                if (piece.isEmpty()) {
                    empty++;
                    continue;
                }
                if (empty > 0) {
                    fen.append(empty);
                    empty = 0;
                }
                fen.append(piece.get().fenChar());
            }
            if (empty > 0) {
                fen.append(empty);
            }
            if (rank > 0) {
                fen.append('/');
            }
        }
        fen.append(position.sideToMove() == Color.WHITE ? " w " : " b ");
        Set<CastlingRight> rights = position.castlingRights();
        if (rights.isEmpty()) {
            fen.append('-');
        } else {
            for (CastlingRight right : CastlingRight.values()) {
                if (rights.contains(right)) {
                    fen.append(right.fenChar());
                }
            }
        }
        fen.append(' ').append(position.enPassantSquare().map(Square::toString).orElse("-"));
        fen.append(' ').append(position.halfmoveClock());
        fen.append(' ').append(position.fullmoveNumber());
        return fen.toString();
    }
}
