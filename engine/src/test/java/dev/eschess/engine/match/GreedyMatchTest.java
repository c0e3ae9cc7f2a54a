package dev.eschess.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.engine.level.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bar for the top level: at least 95 wins in 100 games against a one-ply greedy capturer, colours
 * alternating, every game played to its end by the rules. Level 8 thinks for up to a second a move; here it gets a
 * node budget instead ({@value #NODE_BUDGET} nodes a move, a few percent of the 1.4 to 2 million it searches in its
 * second on the development machine), so that the match is repeatable and fits in a normal test run (about half a
 * minute).
 */
class GreedyMatchTest {

    private static final int GAMES = 100;
    private static final long NODE_BUDGET = 50_000;

    @Test
    void theTopLevelWinsAtLeast95Of100GamesAgainstAGreedyCapturer() {
        Level top = Level.of(Level.HIGHEST).withNodeBudget(NODE_BUDGET);
        int wins = 0;
        Map<String, Integer> endings = new TreeMap<>();
        List<String> notWon = new ArrayList<>();
        for (int game = 0; game < GAMES; game++) {
            Color engineColor = game % 2 == 0 ? Color.WHITE : Color.BLACK;
            Player engine = new EnginePlayer(top, game);
            Player greedy = new GreedyCapturer(10_000 + game);
            GameResult result = engineColor == Color.WHITE
                    ? Referee.play(engine, greedy)
                    : Referee.play(greedy, engine);
            endings.merge(result.ending(), 1, Integer::sum);
            if (result.winner().filter(engineColor::equals).isPresent()) {
                wins++;
            } else {
                notWon.add("game " + game + " (" + engineColor + "): " + result);
            }
        }
        System.out.printf("level 8 at %,d nodes a move vs greedy capturer: %d wins of %d; endings %s; not won %s%n",
                NODE_BUDGET, wins, GAMES, endings, notWon);

        assertThat(wins).as("wins of %d; not won: %s", GAMES, notWon).isGreaterThanOrEqualTo(95);
    }
}
