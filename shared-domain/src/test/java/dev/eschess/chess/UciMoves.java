package dev.eschess.chess;

import java.util.List;

/** Moves written as UCI text and positions reached by them: keeps the rule tests short. */
final class UciMoves {

    private UciMoves() {
    }

    /** A move from UCI text such as "e2e4" or "e7e8q". */
    static Move move(String uci) {
        Square from = Square.parse(uci.substring(0, 2)).orElseThrow();
        Square to = Square.parse(uci.substring(2, 4)).orElseThrow();
        if (uci.length() == 5) {
            return Move.promotion(from, to, PieceType.fromLetter(uci.charAt(4)).orElseThrow());
        }
        return Move.of(from, to);
    }

    /** The position after playing the UCI moves in order. */
    static Position play(Position position, String... ucis) {
        Position current = position;
        for (String uci : ucis) {
            current = current.play(move(uci));
        }
        return current;
    }

    static Position fen(String fen) {
        return Position.fromFen(fen);
    }

    /** The UCI texts of the legal moves that start on a square. */
    static List<String> movesFrom(Position position, String square) {
        return position.legalMoves().stream()
                .filter(m -> m.from().toString().equals(square))
                .map(Move::uci)
                .sorted()
                .toList();
    }
}
