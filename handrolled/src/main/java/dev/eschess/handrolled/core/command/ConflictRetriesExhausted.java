package dev.eschess.handrolled.core.command;

import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;

/**
 * An unpinned command kept losing the race for its stream and gave up after the bounded number of attempts;
 * nothing was stored. Rare: it needs that many other writers to win in a row.
 */
public final class ConflictRetriesExhausted extends RuntimeException {

    private final int attempts;

    public ConflictRetriesExhausted(int attempts, ExpectedVersionConflict lastConflict) {
        super("gave up after " + attempts + " conflicting attempts: " + lastConflict.getMessage(), lastConflict);
        this.attempts = attempts;
    }

    /** The conflict of the last attempt, with the version expected then and the version the stream was at. */
    public ExpectedVersionConflict lastConflict() {
        return (ExpectedVersionConflict) getCause();
    }

    /** How many times the decision ran. */
    public int attempts() {
        return attempts;
    }
}
