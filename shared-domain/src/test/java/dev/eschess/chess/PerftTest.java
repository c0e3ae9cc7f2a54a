package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Perft at the published counts, every reference position at every depth up to about ten million leaves
 * (position 4 and its mirror: 15.8 million). Deeper depths are in {@link DeepPerftTest}.
 */
class PerftTest {

    /** Deepest depth per position in the normal run. */
    private static final Map<PerftPositions, Integer> NORMAL_DEPTH = Map.of(
            PerftPositions.START, 5,
            PerftPositions.KIWIPETE, 4,
            PerftPositions.POSITION_3, 6,
            PerftPositions.POSITION_4, 5,
            PerftPositions.POSITION_4_MIRRORED, 5,
            PerftPositions.POSITION_5, 4,
            PerftPositions.POSITION_6, 4);

    static Stream<Arguments> publishedCounts() {
        List<Arguments> cases = new ArrayList<>();
        for (PerftPositions reference : PerftPositions.ALL) {
            for (int depth = 1; depth <= NORMAL_DEPTH.get(reference); depth++) {
                cases.add(Arguments.of(reference.name(), depth, reference));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, depth {1}")
    @MethodSource("publishedCounts")
    void perftMatchesThePublishedCount(String name, int depth, PerftPositions reference) {
        assertThat(reference.position().perft(depth)).isEqualTo(reference.count(depth));
    }

    @Test
    void perftOfDepthZeroIsOne() {
        assertThat(Position.initial().perft(0)).isEqualTo(1);
    }

    @Test
    void perftRejectsANegativeDepth() {
        assertThatThrownBy(() -> Position.initial().perft(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perftLeavesThePositionUnchanged() {
        Position kiwipete = PerftPositions.KIWIPETE.position();
        String before = kiwipete.fen();

        kiwipete.perft(3);

        assertThat(kiwipete.fen()).isEqualTo(before);
        assertThat(kiwipete.perft(3)).isEqualTo(PerftPositions.KIWIPETE.count(3));
    }

    /** Walks the tree with legalMoves() and play() only, so the immutable API is held to the same counts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("immutableApiCases")
    void perftThroughTheImmutableApiMatchesThePublishedCount(String name, int depth, PerftPositions reference) {
        assertThat(perftByPlay(reference.position(), depth)).isEqualTo(reference.count(depth));
    }

    static Stream<Arguments> immutableApiCases() {
        return PerftPositions.ALL.stream().map(reference -> Arguments.of(reference.name(), 3, reference));
    }

    private static long perftByPlay(Position position, int depth) {
        if (depth == 0) {
            return 1;
        }
        long nodes = 0;
        for (Move move : position.legalMoves()) {
            nodes += perftByPlay(position.play(move), depth - 1);
        }
        return nodes;
    }

    @Test
    void perftDivideListsEveryRootMoveSortedWithItsSubtreeCount() {
        Map<Move, Long> divide = Position.initial().perftDivide(3);

        assertThat(divide).hasSize(20);
        assertThat(divide.keySet()).extracting(Move::uci).isSorted();
        assertThat(divide.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8_902);
        assertThat(divide).containsEntry(Move.of(Square.E2, Square.E4), 600L)
                .containsEntry(Move.of(Square.G1, Square.F3), 440L);
    }

    @Test
    void perftDivideAgreesWithPerftBelowEachMove() {
        Position kiwipete = PerftPositions.KIWIPETE.position();

        Map<Move, Long> divide = kiwipete.perftDivide(3);

        assertThat(divide.keySet()).containsExactlyInAnyOrderElementsOf(kiwipete.legalMoves());
        divide.forEach((move, nodes) -> assertThat(kiwipete.play(move).perft(2)).as(move.uci()).isEqualTo(nodes));
    }

    @Test
    void perftDivideRejectsDepthZero() {
        assertThatThrownBy(() -> Position.initial().perftDivide(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
