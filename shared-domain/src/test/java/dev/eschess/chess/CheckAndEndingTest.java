package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static dev.eschess.chess.UciMoves.movesFrom;
import static dev.eschess.chess.UciMoves.play;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckAndEndingTest {

    @Test
    void aPositionIsCheckWhenTheKingToMoveIsAttacked() {
        assertThat(fen("4k3/8/8/8/8/8/8/4RK2 b - - 0 1").isCheck()).isTrue();
        assertThat(Position.initial().isCheck()).isFalse();
    }

    @Test
    void aDiscoveredCheckIsCheck() {
        Position after = play(fen("4k3/8/8/8/4N3/8/8/4RK2 w - - 0 1"), "e4c5");

        assertThat(after.isCheck()).isTrue();
    }

    @Test
    void foolsMateIsCheckmate() {
        Position mate = play(Position.initial(), "f2f3", "e7e5", "g2g4", "d8h4");

        assertThat(mate.isCheckmate()).isTrue();
        assertThat(mate.isStalemate()).isFalse();
        assertThat(mate.legalMoves()).isEmpty();
    }

    @Test
    void checkWithAnAnswerIsNotCheckmate() {
        Position check = play(Position.initial(), "e2e4", "f7f6", "d1h5");

        assertThat(check.isCheck()).isTrue();
        assertThat(check.isCheckmate()).isFalse();
        assertThat(check.legalMoves()).extracting(Move::uci).containsExactly("g7g6");
    }

    @Test
    void noLegalMoveWithoutCheckIsStalemate() {
        Position stalemate = fen("7k/5Q2/6K1/8/8/8/8/8 b - - 0 1");

        assertThat(stalemate.isStalemate()).isTrue();
        assertThat(stalemate.isCheckmate()).isFalse();
        assertThat(stalemate.isCheck()).isFalse();
    }

    @Test
    void theStartPositionIsNeitherMateNorStalemate() {
        assertThat(Position.initial().isCheckmate()).isFalse();
        assertThat(Position.initial().isStalemate()).isFalse();
        assertThat(Position.initial().legalMoves()).hasSize(20);
    }

    @Test
    void aPinnedPieceMayOnlyMoveAlongThePin() {
        Position position = fen("4k3/4r3/8/8/8/8/4R3/4K3 w - - 0 1");

        assertThat(movesFrom(position, "e2")).containsExactlyInAnyOrder("e2e3", "e2e4", "e2e5", "e2e6", "e2e7");
    }

    @Test
    void aPinnedKnightCannotMove() {
        Position position = fen("4k3/4r3/8/8/8/8/4N3/4K3 w - - 0 1");

        assertThat(movesFrom(position, "e2")).isEmpty();
    }

    @Test
    void theKingMayNotStepBackAlongTheCheckingLine() {
        Position position = fen("4k3/4r3/8/8/8/8/4K3/8 w - - 0 1");

        assertThat(movesFrom(position, "e2")).containsExactlyInAnyOrder("e2d1", "e2f1", "e2d2", "e2f2", "e2d3", "e2f3");
    }

    @Test
    void theKingMayCaptureAnUndefendedChecker() {
        assertThat(movesFrom(fen("4k3/8/8/8/8/8/4q3/4K3 w - - 0 1"), "e1")).containsExactly("e1e2");
    }

    @Test
    void theKingMayNotCaptureADefendedChecker() {
        Position position = fen("4k3/4r3/8/8/8/8/4q3/4K3 w - - 0 1");

        assertThat(position.legalMoves()).isEmpty();
        assertThat(position.isCheckmate()).isTrue();
    }

    @Test
    void inDoubleCheckOnlyTheKingMoves() {
        // Rook on e8 and knight on d3 both check the king on e1; the white rook could take the knight but may not.
        Position position = fen("k3r3/8/8/8/8/3n4/8/3RK3 w - - 0 1");

        assertThat(position.legalMoves()).allSatisfy(move -> assertThat(move.from()).isEqualTo(Square.E1));
        assertThat(position.legalMoves()).isNotEmpty();
    }

    @Test
    void aSingleCheckMayBeBlocked() {
        Position position = fen("4r2k/8/8/8/8/8/R7/4K3 w - - 0 1");

        assertThat(movesFrom(position, "a2")).containsExactly("a2e2");
    }
}
