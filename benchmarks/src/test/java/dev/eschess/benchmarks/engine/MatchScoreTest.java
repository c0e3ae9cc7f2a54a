package dev.eschess.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.benchmarks.engine.MatchScore.GameOutcome;
import org.junit.jupiter.api.Test;

/** The match report's arithmetic: a win is a point, a draw half, and an even score is no Elo difference. */
class MatchScoreTest {

    @Test
    void givenWinsDrawsAndLosses_whenScored_thenADrawCountsHalf() {
        MatchScore score = new MatchScore(0, 0, 0).plus(GameOutcome.WIN).plus(GameOutcome.DRAW)
                .plus(GameOutcome.LOSS).plus(GameOutcome.WIN);

        assertThat(score).isEqualTo(new MatchScore(2, 1, 1));
        assertThat(score.points()).isEqualTo(2.5);
        assertThat(score.games()).isEqualTo(4);
    }

    @Test
    void givenScores_whenTurnedIntoAnEloDifference_thenTheLogisticModelApplies() {
        assertThat(new MatchScore(5, 0, 5).eloDifference()).isEqualTo("+0");
        assertThat(new MatchScore(3, 0, 1).eloDifference()).isEqualTo("+191");
        assertThat(new MatchScore(1, 0, 3).eloDifference()).isEqualTo("-191");
        assertThat(new MatchScore(10, 0, 0).eloDifference()).isEqualTo("> +800");
        assertThat(new MatchScore(0, 2, 8).eloDifference()).isEqualTo("-382");
    }
}
