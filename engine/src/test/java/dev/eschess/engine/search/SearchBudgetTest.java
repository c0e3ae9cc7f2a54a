package dev.eschess.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The budgets are hard: a search never visits more nodes than allowed and stops soon after its deadline. */
class SearchBudgetTest {

    private static final PositionHistory MIDDLEGAME = PositionHistory.startingAt(
            Position.fromFen("r1bq1rk1/pp2bppp/2n1pn2/2pp4/3P4/2PBPN2/PP1N1PPP/R1BQ1RK1 w - - 0 8"));

    @ParameterizedTest(name = "{0} nodes")
    @ValueSource(longs = {1, 100, 5_000, 60_000})
    void givenANodeBudget_whenSearching_thenTheSearchVisitsNoMoreNodes(long budget) {
        SearchResult result = new Search(MIDDLEGAME, SearchLimits.of(SearchLimits.DEEPEST, budget),
                EvaluationNoise.NONE, SearchBudgetTest::noClock).run();

        assertThat(result.nodes()).isLessThanOrEqualTo(budget);
        assertThat(MIDDLEGAME.current().isLegal(result.bestMove())).isTrue();
    }

    @Test
    void givenABudgetTooSmallForOneIteration_whenSearching_thenItStillAnswersWithALegalMove() {
        SearchResult result = new Search(MIDDLEGAME, SearchLimits.of(SearchLimits.DEEPEST, 1), EvaluationNoise.NONE,
                SearchBudgetTest::noClock).run();

        assertThat(result.completedDepth()).isZero();
        assertThat(MIDDLEGAME.current().isLegal(result.bestMove())).isTrue();
    }

    @Test
    void givenATimeBudget_whenTheDeadlinePasses_thenTheSearchStopsAtTheNextLookAtTheClock() {
        // Each look at the clock moves it on a millisecond; the deadline is 50 ms after the start.
        AtomicLong nanos = new AtomicLong();
        SearchLimits limits = new SearchLimits(SearchLimits.DEEPEST, Long.MAX_VALUE,
                Optional.of(Duration.ofMillis(50)));

        SearchResult result = new Search(MIDDLEGAME, limits, EvaluationNoise.NONE,
                () -> nanos.addAndGet(1_000_000)).run();

        long looks = nanos.get() / 1_000_000;
        assertThat(looks).isLessThanOrEqualTo(51);
        // Between two looks at the clock lie at most CLOCK_INTERVAL nodes (and none after the last).
        assertThat(result.nodes()).isLessThanOrEqualTo(looks * Search.CLOCK_INTERVAL);
        assertThat(MIDDLEGAME.current().isLegal(result.bestMove())).isTrue();
    }

    @Test
    void givenADepthLimit_whenSearching_thenNoDeeperIterationIsStarted() {
        SearchResult result = new Search(MIDDLEGAME, SearchLimits.of(3, Long.MAX_VALUE), EvaluationNoise.NONE,
                SearchBudgetTest::noClock).run();

        assertThat(result.completedDepth()).isEqualTo(3);
    }

    private static long noClock() {
        throw new AssertionError("a search without a time budget must not read the clock");
    }
}
