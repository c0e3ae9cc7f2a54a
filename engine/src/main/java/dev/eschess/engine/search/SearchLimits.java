package dev.eschess.engine.search;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one search may go: a depth, a hard budget of nodes and optionally of time. The budgets are checked while
 * searching, so a search stops within a few hundred nodes of either; without a time budget a search never reads
 * the clock and is exactly repeatable.
 *
 * @param maxDepth   the deepest iteration, in plies (1 to {@link #DEEPEST})
 * @param nodeBudget the most nodes to visit (quiescence nodes included)
 * @param timeBudget the most time to think, counted from the start of the search
 */
public record SearchLimits(int maxDepth, long nodeBudget, Optional<Duration> timeBudget) {

    /** The deepest iteration a search may be asked for. */
    public static final int DEEPEST = 64;

    public SearchLimits {
        if (maxDepth < 1 || maxDepth > DEEPEST) {
            throw new IllegalArgumentException("max depth must be 1 to " + DEEPEST + ": " + maxDepth);
        }
        if (nodeBudget < 1) {
            throw new IllegalArgumentException("a node budget must be positive: " + nodeBudget);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        timeBudget.ifPresent(time -> {
            if (time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("a time budget must be positive: " + time);
            }
        });
    }

    /** Limits without a time budget, so the search is repeatable. */
    public static SearchLimits of(int maxDepth, long nodeBudget) {
        return new SearchLimits(maxDepth, nodeBudget, Optional.empty());
    }
}
