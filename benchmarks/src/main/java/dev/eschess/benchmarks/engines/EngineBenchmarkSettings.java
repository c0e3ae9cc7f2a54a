package dev.eschess.benchmarks.engines;

/**
 * The settings both variants share in these benchmarks (issue 14 point 4), as in the servers: both snapshot every
 * {@link #SNAPSHOT_EVERY} events; retries never happen here (one thread, one game at a time), so their bound (3 in
 * both servers) does not matter; both store the acting player and a correlation id with each event (hand-rolled: a
 * causation id, the command message's own id; Axon: its traceId) and send no command id.
 */
public final class EngineBenchmarkSettings {

    /** Distance between snapshots in events, for both variants wherever snapshots are on. */
    public static final int SNAPSHOT_EVERY = 50;

    /** Games the hand-rolled state cache holds, as in the hand-rolled server (eschess.handrolled.state-cache-games). */
    public static final int HANDROLLED_CACHED_GAMES = 2_000;

    private EngineBenchmarkSettings() {
    }
}
