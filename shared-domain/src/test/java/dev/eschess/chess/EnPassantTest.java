package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static dev.eschess.chess.UciMoves.movesFrom;
import static dev.eschess.chess.UciMoves.play;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnPassantTest {

    @Test
    void aPawnMayCaptureEnPassantRightAfterTheDoublePush() {
        Position position = play(fen("4k3/3p4/8/4P3/8/8/8/4K3 b - - 0 1"), "d7d5");

        assertThat(position.enPassantSquare()).contains(Square.D6);
        assertThat(movesFrom(position, "e5")).contains("e5d6");
    }

    @Test
    void theEnPassantCaptureRemovesThePawnThatPassed() {
        Position after = play(fen("4k3/3p4/8/4P3/8/8/8/4K3 b - - 0 1"), "d7d5", "e5d6");

        assertThat(after.pieceAt(Square.D6)).contains(Piece.of(Color.WHITE, PieceType.PAWN));
        assertThat(after.pieceAt(Square.D5)).isEmpty();
        assertThat(after.pieces()).hasSize(3);
        assertThat(after.halfmoveClock()).isZero();
    }

    @Test
    void enPassantIsOnlyPossibleOnTheVeryNextMove() {
        Position later = play(fen("4k3/3p4/8/4P3/8/8/8/4K3 b - - 0 1"), "d7d5", "e1f1", "e8f8");

        assertThat(later.enPassantSquare()).isEmpty();
        assertThat(movesFrom(later, "e5")).doesNotContain("e5d6");
    }

    @Test
    void enPassantIsIllegalWhenItExposesTheKingAlongTheRank() {
        // Both pawns leave the fifth rank: the rook on h5 would then attack the king on a5.
        Position position = play(fen("4k3/3p4/8/K3P2r/8/8/8/8 b - - 0 1"), "d7d5");

        assertThat(movesFrom(position, "e5")).doesNotContain("e5d6");
        assertThat(position.enPassantSquare()).isEmpty();
    }

    @Test
    void enPassantIsIllegalWhenTheCapturingPawnIsPinnedOnADiagonal() {
        // The bishop on g7 pins the e5 pawn to the king on c3 along the long diagonal.
        Position position = play(fen("4k3/3p1pb1/8/4P3/8/2K5/8/8 b - - 0 1"), "d7d5");

        assertThat(movesFrom(position, "e5")).doesNotContain("e5d6");
    }

    @Test
    void enPassantIsLegalForAPinnedPawnThatCapturesAlongThePin() {
        Position position = play(fen("4k3/3p1pb1/8/4P3/8/2K5/8/8 b - - 0 1"), "f7f5");

        assertThat(movesFrom(position, "e5")).containsExactly("e5f6");
    }

    @Test
    void enPassantMayCaptureThePawnThatGivesCheck() {
        Position position = play(fen("8/4p3/8/5P2/3K4/8/8/7k b - - 0 1"), "e7e5");

        assertThat(position.isCheck()).isTrue();
        assertThat(movesFrom(position, "f5")).containsExactly("f5e6");
    }

    @Test
    void enPassantDoesNotAnswerADiscoveredCheck() {
        // e7-e5 uncovers the bishop on d8 against the king on h4; taking on e6 leaves that check in place.
        Position position = play(fen("3bk3/4p3/8/5P2/7K/8/8/8 b - - 0 1"), "e7e5");

        assertThat(position.isCheck()).isTrue();
        assertThat(movesFrom(position, "f5")).containsExactly("f5f6");
    }
}
