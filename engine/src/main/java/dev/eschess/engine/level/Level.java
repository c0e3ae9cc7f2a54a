package dev.eschess.engine.level;

import dev.eschess.engine.search.EvaluationNoise;
import dev.eschess.engine.search.SearchLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How strongly the computer plays, from 1 ("plays almost at random") to 8 ("thinks up to about one second"). A level
 * limits the search, blurs its judgement with noise, sometimes swaps the chosen move for a random one, and sets
 * when the computer resigns and which draw offers it accepts (scores in centipawns from the computer's side).
 * Levels 1 to 7 only count nodes, so their moves are the same on every machine for a seed; level 8 also has a
 * time budget, so what it finds depends on the machine's speed.
 *
 * <pre>
 * level  depth  nodes       time  noise  random moves  resigns at  accepts a draw at
 *   1      1        500      -     300       90 %          -            +100
 *   2      1      2,000      -     200       35 %          -            +100
 *   3      2      5,000      -     120       15 %          -             +50
 *   4      3     15,000      -      60        6 %          -               0
 *   5      4     40,000      -      30        2 %          -               0
 *   6      6    120,000      -      10        0 %        -1000           -25
 *   7     64    500,000      -       0        0 %        -1000           -25
 *   8     64  50,000,000    1 s      0        0 %        -1000           -25
 * </pre>
 *
 * @param number             1 to 8
 * @param maxDepth           the deepest search iteration, in plies
 * @param nodeBudget         the most positions searched per move
 * @param timeBudget         the most time per move, if any
 * @param evaluationNoise    the largest error added to each evaluation, in centipawns ({@link EvaluationNoise})
 * @param randomMovePercent  how often (0 to 100) a random legal move is played instead, captures three times as likely
 * @param resignAtOrBelow    the score at or below which the computer resigns, if it ever does
 * @param acceptDrawAtOrBelow the score at or below which the computer accepts a draw offer
 */
public record Level(int number, int maxDepth, long nodeBudget, Optional<Duration> timeBudget, int evaluationNoise,
        int randomMovePercent, Optional<Integer> resignAtOrBelow, int acceptDrawAtOrBelow) {

    /** The weakest level. */
    public static final int LOWEST = 1;
    /** The strongest level. */
    public static final int HIGHEST = 8;

    private static final Optional<Integer> NEVER_RESIGNS = Optional.empty();
    private static final Optional<Integer> RESIGNS_A_ROOK_DOWN_OR_MORE = Optional.of(-1_000);

    /** Every level, weakest first. */
    public static final List<Level> ALL = List.of(
            new Level(1, 1, 500, Optional.empty(), 300, 90, NEVER_RESIGNS, 100),
            new Level(2, 1, 2_000, Optional.empty(), 200, 35, NEVER_RESIGNS, 100),
            new Level(3, 2, 5_000, Optional.empty(), 120, 15, NEVER_RESIGNS, 50),
            new Level(4, 3, 15_000, Optional.empty(), 60, 6, NEVER_RESIGNS, 0),
            new Level(5, 4, 40_000, Optional.empty(), 30, 2, NEVER_RESIGNS, 0),
            new Level(6, 6, 120_000, Optional.empty(), 10, 0, RESIGNS_A_ROOK_DOWN_OR_MORE, -25),
            new Level(7, SearchLimits.DEEPEST, 500_000, Optional.empty(), 0, 0, RESIGNS_A_ROOK_DOWN_OR_MORE, -25),
            new Level(8, SearchLimits.DEEPEST, 50_000_000, Optional.of(Duration.ofSeconds(1)), 0, 0,
                    RESIGNS_A_ROOK_DOWN_OR_MORE, -25));

    public Level {
        if (number < LOWEST || number > HIGHEST) {
            throw new IllegalArgumentException("a level is " + LOWEST + " to " + HIGHEST + ": " + number);
        }
        if (randomMovePercent < 0 || randomMovePercent > 100) {
            throw new IllegalArgumentException("a random move share is 0 to 100 percent: " + randomMovePercent);
        }
        Objects.requireNonNull(resignAtOrBelow, "resignAtOrBelow");
        // The search limits and the noise check the rest.
        new SearchLimits(maxDepth, nodeBudget, timeBudget);
        new EvaluationNoise(evaluationNoise, 0);
    }

    /**
     * The level with this number.
     *
     * @throws IllegalArgumentException if there is no such level
     */
    public static Level of(int number) {
        if (number < LOWEST || number > HIGHEST) {
            throw new IllegalArgumentException("a level is " + LOWEST + " to " + HIGHEST + ": " + number);
        }
        return ALL.get(number - 1);
    }

    /** This level with a node budget instead of its budgets, so that its moves are repeatable (tests, matches). */
    public Level withNodeBudget(long nodes) {
        return new Level(number, maxDepth, nodes, Optional.empty(), evaluationNoise, randomMovePercent,
                resignAtOrBelow, acceptDrawAtOrBelow);
    }

    /**
     * This level thinking at most {@code budget} per move, if it thinks by time at all: a level that only counts nodes
     * is returned as it is (it is quick at every level), and a longer budget than the level's own changes nothing.
     */
    public Level withTimeBudgetAtMost(Duration budget) {
        if (timeBudget.isEmpty() || timeBudget.get().compareTo(budget) <= 0) {
            return this;
        }
        return new Level(number, maxDepth, nodeBudget, Optional.of(budget), evaluationNoise, randomMovePercent,
                resignAtOrBelow, acceptDrawAtOrBelow);
    }

    /** The limits of one search at this level. */
    public SearchLimits searchLimits() {
        return new SearchLimits(maxDepth, nodeBudget, timeBudget);
    }

    /** The evaluation error of this level for a seed. */
    public EvaluationNoise noise(long seed) {
        return new EvaluationNoise(evaluationNoise, seed);
    }

    /** Whether the computer resigns when it judges its position at {@code centipawns}. */
    public boolean resignsAt(int centipawns) {
        return resignAtOrBelow.filter(threshold -> centipawns <= threshold).isPresent();
    }

    /** Whether the computer accepts a draw when it judges its position at {@code centipawns}. */
    public boolean acceptsDrawAt(int centipawns) {
        return centipawns <= acceptDrawAtOrBelow;
    }
}
