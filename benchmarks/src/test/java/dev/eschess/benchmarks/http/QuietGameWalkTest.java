package dev.eschess.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import dev.eschess.chess.notation.Uci;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietGameWalkTest {

    /** 3,300 plies of three events each make the longest game the probe grows (9,900 events). */
    private static final int PLIES = 3_300;

    @Test
    void aWalkOfThreeThousandThreeHundredLegalPliesNeverEndsTheGame() {
        QuietGameWalk walk = new QuietGameWalk(9_000);
        PositionHistory history = PositionHistory.startingAt(Position.initial());

        for (int ply = 0; ply < PLIES; ply++) {
            Optional<String> move = walk.next();
            assertThat(move).as("ply %d", ply).isPresent();
            assertThat(history.current().isLegal(Uci.parse(move.get()))).as("ply %d: %s", ply, move.get()).isTrue();
            history = history.play(Uci.parse(move.get()));
            assertThat(history.automaticEnding()).as("ply %d", ply).isEmpty();
            assertThat(history.current().legalMoves()).as("ply %d", ply).isNotEmpty();
        }
    }
}
