package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static dev.eschess.chess.UciMoves.move;
import static dev.eschess.chess.UciMoves.movesFrom;
import static dev.eschess.chess.UciMoves.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromotionTest {

    @Test
    void promotionOffersAllFourPieces() {
        Position position = fen("8/4P3/8/8/8/8/k7/4K3 w - - 0 1");

        assertThat(movesFrom(position, "e7")).containsExactlyInAnyOrder("e7e8q", "e7e8r", "e7e8b", "e7e8n");
    }

    @Test
    void promotionWithCaptureOffersAllFourPieces() {
        Position position = fen("3rn3/4P3/8/8/8/8/k7/4K3 w - - 0 1");

        assertThat(movesFrom(position, "e7")).containsExactlyInAnyOrder("e7d8q", "e7d8r", "e7d8b", "e7d8n");
    }

    @Test
    void blackPromotesOnTheFirstRank() {
        Position position = fen("4k3/8/8/8/8/8/p7/2K5 b - - 0 1");

        assertThat(movesFrom(position, "a2")).containsExactlyInAnyOrder("a2a1q", "a2a1r", "a2a1b", "a2a1n");
    }

    @Test
    void thePromotedPieceReplacesThePawn() {
        Position after = play(fen("3rn3/4P3/8/8/8/8/k7/4K3 w - - 0 1"), "e7d8n");

        assertThat(after.pieceAt(Square.D8)).contains(Piece.of(Color.WHITE, PieceType.KNIGHT));
        assertThat(after.pieceAt(Square.E7)).isEmpty();
        assertThat(after.pieces()).hasSize(4);
    }

    @Test
    void aPawnMayNotReachTheLastRankWithoutPromoting() {
        Position position = fen("8/4P3/8/8/8/8/k7/4K3 w - - 0 1");

        assertThat(position.isLegal(move("e7e8"))).isFalse();
        assertThatThrownBy(() -> position.play(move("e7e8"))).isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void onlyPawnMovesToTheLastRankMayPromote() {
        Position position = fen("k7/4P3/8/8/8/8/7R/4K3 w - - 0 1");

        assertThat(position.isLegal(move("h2h8q"))).isFalse();
        assertThat(position.isLegal(move("h2h8"))).isTrue();
    }

    @Test
    void promotionCanGiveCheck() {
        Position after = play(fen("4k3/1P6/8/8/8/8/8/4K3 w - - 0 1"), "b7b8q");

        assertThat(after.isCheck()).isTrue();
    }
}
