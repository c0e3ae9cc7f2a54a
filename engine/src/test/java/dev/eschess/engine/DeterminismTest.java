package dev.eschess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.level.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For a seed, a level without a time budget always decides the same; the seed is what varies the weak levels. */
class DeterminismTest {

    private static final List<PositionHistory> SAMPLES = SamplePositions.fromRandomGames(12, 4_096L);

    static IntStream levelsWithoutATimeBudget() {
        return IntStream.rangeClosed(Level.LOWEST, Level.HIGHEST - 1);
    }

    @ParameterizedTest(name = "level {0}")
    @MethodSource("levelsWithoutATimeBudget")
    void givenTheSameSeed_whenALevelDecidesTwice_thenTheDecisionsAreEqual(int number) {
        Level level = Level.of(number);
        for (PositionHistory history : SAMPLES) {
            Decision first = ComputerPlayer.decide(history, level, 77);
            Decision second = ComputerPlayer.decide(history, level, 77);

            assertThat(second).as(history.current().fen()).isEqualTo(first);
        }
    }

    @Test
    void givenDifferentSeeds_whenTheLowestLevelDecides_thenItPlaysDifferentMoves() {
        PositionHistory history = SAMPLES.getFirst();
        Set<Move> moves = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            moves.add(ComputerPlayer.chooseMove(history, Level.of(Level.LOWEST), seed));
        }

        assertThat(moves).hasSizeGreaterThan(3);
    }

    @Test
    void givenDifferentSeeds_whenALevelWithoutNoiseOrRandomMovesDecides_thenTheSeedChangesNothing() {
        Level level = Level.of(7);
        for (PositionHistory history : SAMPLES.subList(0, 4)) {
            assertThat(ComputerPlayer.decide(history, level, 1)).isEqualTo(ComputerPlayer.decide(history, level, 2));
        }
    }
}
