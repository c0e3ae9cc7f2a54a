package dev.eschess.handrolled.core.snapshot;

/**
 * When to take a snapshot: every N events, i.e. whenever an append makes the stream cross a multiple of N.
 *
 * @param everyNEvents the distance between snapshots in events; 0 means never
 */
public record SnapshotPolicy(int everyNEvents) {

    public SnapshotPolicy {
        if (everyNEvents < 0) {
            throw new IllegalArgumentException("everyNEvents must not be negative, was " + everyNEvents);
        }
    }

    /** A snapshot whenever the stream crosses a multiple of {@code n} events. */
    public static SnapshotPolicy everyNEvents(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, was " + n);
        }
        return new SnapshotPolicy(n);
    }

    /** No snapshots. */
    public static SnapshotPolicy never() {
        return new SnapshotPolicy(0);
    }

    // tag::cmp-snapshots[]
    /** Whether an append that took the stream from {@code versionBefore} to {@code versionAfter} calls for one. */
    public boolean isDue(long versionBefore, long versionAfter) {
        return everyNEvents > 0 && versionAfter / everyNEvents > versionBefore / everyNEvents;
    }
    // end::cmp-snapshots[]
}
