package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deeper published perft counts: start depth 6 and 7, kiwipete depth 5 and 6, and the other positions one or
 * two depths deeper than {@link PerftTest} (90 million to 8 billion leaves, about two minutes in all). Excluded from the normal run; {@code mvn test -Pdeep-perft} includes them.
 */
@Tag("deep-perft")
class DeepPerftTest {

    static Stream<Arguments> deepCounts() {
        return Stream.of(
                Arguments.of(PerftPositions.START.name(), 6, PerftPositions.START),
                Arguments.of(PerftPositions.KIWIPETE.name(), 5, PerftPositions.KIWIPETE),
                Arguments.of(PerftPositions.POSITION_3.name(), 7, PerftPositions.POSITION_3),
                Arguments.of(PerftPositions.POSITION_4.name(), 6, PerftPositions.POSITION_4),
                Arguments.of(PerftPositions.POSITION_4_MIRRORED.name(), 6, PerftPositions.POSITION_4_MIRRORED),
                Arguments.of(PerftPositions.POSITION_5.name(), 5, PerftPositions.POSITION_5),
                Arguments.of(PerftPositions.POSITION_6.name(), 5, PerftPositions.POSITION_6),
                Arguments.of(PerftPositions.START.name(), 7, PerftPositions.START),
                Arguments.of(PerftPositions.KIWIPETE.name(), 6, PerftPositions.KIWIPETE),
                Arguments.of(PerftPositions.POSITION_6.name(), 6, PerftPositions.POSITION_6));
    }

    @ParameterizedTest(name = "{0}, depth {1}")
    @MethodSource("deepCounts")
    void perftMatchesThePublishedCountAtDepth(String name, int depth, PerftPositions reference) {
        assertThat(reference.position().perft(depth)).isEqualTo(reference.count(depth));
    }
}
