package dev.eschess.game.clock;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clock's arithmetic: what runs when, the increment, the flag and the stop. */
class GameClockTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final GameClock fresh = GameClock.starting(new TimeControl(60, 2));

    @Test
    void givenANewClockWhenTimePassesThenNothingRuns() {
        assertThat(fresh.remaining(WHITE, T0.plusSeconds(3_600))).isEqualTo(Duration.ofSeconds(60));
        assertThat(fresh.flagFallsAt()).isEmpty();
    }

    @Test
    void givenTheFirstMoveWhenTimePassesThenOnlyTheOpponentsTimeRuns() {
        GameClock afterE4 = fresh.afterMove(WHITE, T0);

        assertThat(afterE4.remaining(WHITE, T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(62));
        assertThat(afterE4.remaining(BLACK, T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(50));
        assertThat(afterE4.flagFallsAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void givenARunningClockWhenTheMoverMovesThenItsTimeIsChargedAndTheIncrementAdded() {
        GameClock afterE5 = fresh.afterMove(WHITE, T0).afterMove(BLACK, T0.plusMillis(12_500));

        assertThat(afterE5.black()).isEqualTo(Duration.ofMillis(49_500));
        assertThat(afterE5.running()).contains(new GameClock.Running(WHITE, T0.plusMillis(12_500)));
    }

    @Test
    void givenTheLimitPassedWhenAskedThenTheSideIsOutOfTimeWithZeroLeftNeverLess() {
        GameClock afterE4 = fresh.afterMove(WHITE, T0);

        assertThat(afterE4.isOutOfTime(BLACK, T0.plusSeconds(59))).isFalse();
        assertThat(afterE4.isOutOfTime(BLACK, T0.plusSeconds(60))).isTrue();
        assertThat(afterE4.remaining(BLACK, T0.plusSeconds(600))).isZero();
    }

    @Test
    void givenAnInstantBeforeTheRunningPeriodWhenAskedThenNoTimeIsCharged() {
        GameClock afterE4 = fresh.afterMove(WHITE, T0);

        assertThat(afterE4.remaining(BLACK, T0.minusSeconds(5))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givenTheGameEndedWhenStoppedThenTheRunningSideIsChargedAndNothingRunsAnyMore() {
        GameClock stopped = fresh.afterMove(WHITE, T0).stoppedAt(T0.plusSeconds(20));

        assertThat(stopped.running()).isEmpty();
        assertThat(stopped.remaining(BLACK, T0.plusSeconds(3_600))).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void givenTimeControlsWhenCheckedThenOnlyTheDocumentedRangesArePlayable() {
        assertThat(new TimeControl(1, 0).problem()).isEmpty();
        assertThat(new TimeControl(10_800, 180).problem()).isEmpty();
        assertThat(new TimeControl(0, 0).problem()).isPresent();
        assertThat(new TimeControl(10_801, 0).problem()).isPresent();
        assertThat(new TimeControl(60, -1).problem()).isPresent();
        assertThat(new TimeControl(60, 181).problem()).isPresent();
    }
}
