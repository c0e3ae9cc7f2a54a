package dev.eschess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import io.github.wolfraam.chessgame.board.Board;
import org.junit.jupiter.api.Test;

/** The benchmark only compares like with like if every perft it times counts the same tree. */
class PerftComparisonTest {

    @Test
    void chessgamePerftCountsThePublishedNodesOfTheStartPosition() {
        assertThat(PerftComparison.ChessgamePerft.perft(Board.fromInitialPosition(), 3)).isEqualTo(8_902);
    }

    @Test
    void chessgamePerftCountsAPositionWithCastlingEnPassantAndPromotions() {
        Board kiwipete = Board.fromFen("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");

        assertThat(PerftComparison.ChessgamePerft.perft(kiwipete, 2)).isEqualTo(2_039);
    }

    @Test
    void immutableApiPerftCountsThePublishedNodesOfTheStartPosition() {
        assertThat(PerftComparison.ImmutableApiPerft.perft(Position.initial(), 3)).isEqualTo(8_902);
    }
}
