package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static dev.eschess.chess.UciMoves.move;
import static dev.eschess.chess.UciMoves.movesFrom;
import static dev.eschess.chess.UciMoves.play;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CastlingTest {

    @Test
    void castlingIsLegalWhenTheWayIsClearAndSafe() {
        Position position = fen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1");

        assertThat(movesFrom(position, "e1")).contains("e1g1", "e1c1");
    }

    @Test
    void castlingKingsideMovesTheRookToTheFFile() {
        Position after = play(fen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1"), "e1g1");

        assertThat(after.pieceAt(Square.G1)).contains(Piece.of(Color.WHITE, PieceType.KING));
        assertThat(after.pieceAt(Square.F1)).contains(Piece.of(Color.WHITE, PieceType.ROOK));
        assertThat(after.pieceAt(Square.H1)).isEmpty();
        assertThat(after.pieceAt(Square.E1)).isEmpty();
    }

    @Test
    void castlingQueensideMovesTheRookToTheDFile() {
        Position after = play(fen("r3k2r/8/8/8/8/8/8/R3K2R b KQkq - 0 1"), "e8c8");

        assertThat(after.pieceAt(Square.C8)).contains(Piece.of(Color.BLACK, PieceType.KING));
        assertThat(after.pieceAt(Square.D8)).contains(Piece.of(Color.BLACK, PieceType.ROOK));
        assertThat(after.pieceAt(Square.A8)).isEmpty();
        assertThat(after.castlingRights()).containsExactlyInAnyOrder(CastlingRight.WHITE_KINGSIDE,
                CastlingRight.WHITE_QUEENSIDE);
    }

    @Test
    void castlingIsIllegalOutOfCheck() {
        Position position = fen("r3k2r/8/8/8/8/8/4r3/R3K2R w KQ - 0 1");

        assertThat(movesFrom(position, "e1")).doesNotContain("e1g1", "e1c1");
    }

    @Test
    void castlingIsIllegalThroughAnAttackedSquare() {
        Position position = fen("4k3/8/8/8/8/8/5r2/R3K2R w KQ - 0 1"); // f2 rook covers f1

        assertThat(movesFrom(position, "e1")).doesNotContain("e1g1").contains("e1c1");
    }

    @Test
    void castlingIsIllegalIntoCheck() {
        Position position = fen("4k3/8/8/8/8/8/6r1/R3K2R w KQ - 0 1"); // g2 rook covers g1

        assertThat(movesFrom(position, "e1")).doesNotContain("e1g1").contains("e1c1");
    }

    @Test
    void castlingQueensideIsLegalWhenOnlyTheSquareTheRookCrossesIsAttacked() {
        Position position = fen("4k3/8/8/8/8/8/1r6/R3K2R w KQ - 0 1"); // b2 rook covers b1, not the king's path

        assertThat(movesFrom(position, "e1")).contains("e1c1");
    }

    @Test
    void castlingIsLegalWhenTheRookIsAttacked() {
        Position position = fen("4k3/8/8/8/8/8/7r/R3K2R w KQ - 0 1"); // h2 rook attacks h1

        assertThat(movesFrom(position, "e1")).contains("e1g1");
    }

    @Test
    void castlingIsIllegalWhenAPieceStandsBetweenKingAndRook() {
        Position position = fen("4k3/8/8/8/8/8/8/RN2K1NR w KQ - 0 1");

        assertThat(movesFrom(position, "e1")).doesNotContain("e1g1", "e1c1");
    }

    @Test
    void castlingIsIllegalWithoutTheRight() {
        Position position = fen("r3k2r/8/8/8/8/8/8/R3K2R w Kkq - 0 1");

        assertThat(movesFrom(position, "e1")).contains("e1g1").doesNotContain("e1c1");
    }

    @Test
    void castlingRightsAreLostWhenTheKingMoves() {
        Position after = play(fen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1"), "e1f1", "e8d8", "f1e1");

        assertThat(after.castlingRights()).isEmpty();
        assertThat(movesFrom(after.play(move("a8a7")), "e1")).doesNotContain("e1g1", "e1c1");
    }

    @Test
    void castlingRightIsLostWhenTheRookMoves() {
        Position after = play(fen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1"), "h1h2", "a8a7");

        assertThat(after.castlingRights()).containsExactlyInAnyOrder(CastlingRight.WHITE_QUEENSIDE,
                CastlingRight.BLACK_KINGSIDE);
    }

    @Test
    void castlingRightIsLostWhenRookIsCapturedOnItsHomeSquare() {
        Position after = play(fen("r3k2r/8/8/8/8/8/6b1/R3K2R b KQkq - 0 1"), "g2h1");

        assertThat(after.castlingRights()).containsExactlyInAnyOrder(CastlingRight.WHITE_QUEENSIDE,
                CastlingRight.BLACK_KINGSIDE, CastlingRight.BLACK_QUEENSIDE);
    }

    @Test
    void aRookThatReturnsHomeDoesNotRegainTheRight() {
        Position after = play(fen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1"), "a1a2", "e8d8", "a2a1", "d8e8");

        assertThat(after.castlingRights()).containsExactly(CastlingRight.WHITE_KINGSIDE);
        assertThat(movesFrom(after, "e1")).doesNotContain("e1c1");
    }
}
