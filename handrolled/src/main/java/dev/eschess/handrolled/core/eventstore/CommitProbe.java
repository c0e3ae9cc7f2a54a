package dev.eschess.handrolled.core.eventstore;

import java.util.List;

/**
 * Called by a store inside an append, after the events have their versions and positions and before the
 * append becomes visible. Production code passes {@link #NONE}; tests use it to hold a transaction open or to
 * make it roll back (by throwing), which is how the ordering guarantee of the global log is proven. Under group
 * commit (ADR 0065) it runs again for an append whose batch was written again because another append failed.
 */
@FunctionalInterface
public interface CommitProbe {

    /** Does nothing. */
    CommitProbe NONE = pending -> { };

    /**
     * Runs just before the commit; throwing aborts the append and nothing is stored.
     *
     * @param pending the events about to be committed
     */
    void beforeCommit(List<StoredEvent> pending);
}
