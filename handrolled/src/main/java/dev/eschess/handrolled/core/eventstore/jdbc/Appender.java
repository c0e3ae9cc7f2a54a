package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendResult;

/** Carries out an {@link AppendStrategy}: gets appends into committed transactions. */
sealed interface Appender extends AutoCloseable permits PerAppendTransactions, GroupCommitter {

    /**
     * Appends and returns once the events are committed; throws what {@link JdbcEventStore#append} documents once
     * nothing of this append is stored.
     */
    AppendResult append(AppendRequest request);

    /** Stops taking appends; those already handed in are finished first. */
    @Override
    void close();
}
