package dev.eschess.engine;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.level.Level;
import dev.eschess.engine.level.RandomMoveChoice;
import dev.eschess.engine.search.Search;
import dev.eschess.engine.search.SearchResult;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The computer opponent: chooses a move at a level, and says whether it resigns or accepts a draw offer. Pure
 * apart from the clock of the time-limited top level: for a level without a time budget, the same history, level
 * and seed always give the same decision. Every call searches afresh (nothing is kept between calls), so calls
 * may run in parallel.
 */
public final class ComputerPlayer {

    private ComputerPlayer() {
    }

    /**
     * The decision of the side to move in the history's current position; the earlier positions count for
     * repetitions (the engine avoids them when it stands better and seeks them when it stands worse).
     *
     * @throws IllegalStateException if the game is over (no legal move)
     */
    public static Decision decide(PositionHistory history, Level level, long seed) {
        return decide(history, level, seed, System::nanoTime);
    }

    /** The decision in a position without earlier positions to repeat. */
    public static Decision decide(Position position, Level level, long seed) {
        return decide(PositionHistory.startingAt(position), level, seed);
    }

    /** The move the side to move plays. */
    public static Move chooseMove(PositionHistory history, Level level, long seed) {
        return decide(history, level, seed).move();
    }

    /** Whether the computer gives up rather than play the decision's move: only levels that resign, when lost. */
    public static boolean shouldResign(Decision decision, Level level) {
        return level.resignsAt(decision.centipawns());
    }

    /**
     * Whether the computer, playing {@code own}, accepts a draw offer in the history's current position: when its
     * search judges the position no better for it than the level's threshold. The search runs from the side to
     * move, so an offer made on the opponent's turn is judged too.
     */
    public static boolean wouldAcceptDraw(PositionHistory history, Color own, Level level, long seed) {
        int score = decide(history, level, seed).centipawns();
        int ownScore = history.current().sideToMove() == own ? score : -score;
        return level.acceptsDrawAt(ownScore);
    }

    /** {@link #decide(PositionHistory, Level, long)} with the clock given in nanoseconds: tests of the time budget. */
    static Decision decide(PositionHistory history, Level level, long seed, LongSupplier nanoClock) {
        RandomGenerator random = new SplittableRandom(seed);
        SearchResult result = new Search(history, level.searchLimits(), level.noise(random.nextLong()), nanoClock)
                .run();
        Move move = random.nextInt(100) < level.randomMovePercent()
                ? RandomMoveChoice.pick(history.current(), random)
                : result.bestMove();
        return new Decision(move, result.score(), result.completedDepth(), result.nodes(),
                result.principalVariation());
    }
}
