package dev.eschess.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import dev.eschess.chess.notation.Uci;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The opening lines are legal, all different, and each is played by both colours in consecutive games. */
class OpeningsTest {

    @Test
    void everyLineIsLegalFromTheStartAndEndsInADifferentPosition() {
        Set<String> positions = new HashSet<>();
        for (List<String> line : Openings.LINES) {
            PositionHistory history = PositionHistory.startingAt(Position.initial());
            for (String move : line) {
                history = history.play(Uci.parse(move));
            }
            positions.add(history.current().repetitionKey());
        }

        assertThat(positions).hasSize(Openings.LINES.size());
    }

    @Test
    void gamesTwoAndThreeShareALineAndGameFourStartsTheNext() {
        assertThat(Openings.forGame(2)).isEqualTo(Openings.forGame(3)).isEqualTo(Openings.LINES.get(1));
        assertThat(Openings.forGame(4)).isEqualTo(Openings.LINES.get(2));
        assertThat(Openings.forGame(2 * Openings.LINES.size())).isEqualTo(Openings.LINES.getFirst());
    }
}
