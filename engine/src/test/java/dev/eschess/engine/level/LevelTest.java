package dev.eschess.engine.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The eight levels, weakest first, as the table in {@link Level} describes them. */
class LevelTest {

    @Test
    void theLevelsAreNumberedOneToEightInOrder() {
        assertThat(Level.ALL).extracting(Level::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(Level.of(5)).isSameAs(Level.ALL.get(4));
    }

    @Test
    void eachLevelSearchesAtLeastAsMuchAndGuessesNoMoreThanTheOneBelow() {
        for (int i = 1; i < Level.ALL.size(); i++) {
            Level below = Level.ALL.get(i - 1);
            Level level = Level.ALL.get(i);

            assertThat(level.nodeBudget()).isGreaterThan(below.nodeBudget());
            assertThat(level.maxDepth()).isGreaterThanOrEqualTo(below.maxDepth());
            assertThat(level.evaluationNoise()).isLessThanOrEqualTo(below.evaluationNoise());
            assertThat(level.randomMovePercent()).isLessThanOrEqualTo(below.randomMovePercent());
        }
    }

    @Test
    void theLowestLevelPlaysMostlyAtRandomAndTheHighestThinksForUpToASecond() {
        assertThat(Level.of(Level.LOWEST).randomMovePercent()).isGreaterThanOrEqualTo(80);
        assertThat(Level.of(Level.HIGHEST).timeBudget()).contains(Duration.ofSeconds(1));
        assertThat(Level.ALL.subList(0, 7)).allSatisfy(level -> assertThat(level.timeBudget()).isEmpty());
    }

    @Test
    void givenALevelWithATimeBudget_whenGivenANodeBudget_thenItCountsNodesOnly() {
        Level bounded = Level.of(Level.HIGHEST).withNodeBudget(10_000);

        assertThat(bounded.timeBudget()).isEmpty();
        assertThat(bounded.nodeBudget()).isEqualTo(10_000);
        assertThat(bounded.maxDepth()).isEqualTo(Level.of(Level.HIGHEST).maxDepth());
    }

    @Test
    void onlyTheHighLevelsResignAndTheyResignOnlyWhenFarBehind() {
        assertThat(Level.of(3).resignsAt(-5_000)).isFalse();
        assertThat(Level.of(Level.HIGHEST).resignsAt(-1_200)).isTrue();
        assertThat(Level.of(Level.HIGHEST).resignsAt(-300)).isFalse();
    }

    @Test
    void aLevelAcceptsADrawAtOrBelowItsThreshold() {
        Level top = Level.of(Level.HIGHEST);

        assertThat(top.acceptsDrawAt(top.acceptDrawAtOrBelow())).isTrue();
        assertThat(top.acceptsDrawAt(top.acceptDrawAtOrBelow() + 1)).isFalse();
    }

    @Test
    void thereIsNoLevelZeroOrNine() {
        assertThatThrownBy(() -> Level.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Level.of(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Level(3, 2, 100, Optional.empty(), 0, 101, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
