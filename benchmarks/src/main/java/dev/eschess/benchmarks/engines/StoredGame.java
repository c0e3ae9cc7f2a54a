package dev.eschess.benchmarks.engines;

/** One long game stored in a variant's in-memory stores, loaded by {@link RehydrationBenchmark}. */
interface StoredGame extends AutoCloseable {

    /**
     * The id of every stored game: its stream (hand-rolled, prefixed) or aggregate (Axon), the game id its events carry
     * (Axon's snapshotter files a snapshot under the id the aggregate took from them).
     */
    String GAME_ID = PlayedGame.GAME_ID;

    /** Loads the game as the next command would find it (no cache); answers its version in events. */
    long load();

    @Override
    void close();

    /** Where the snapshot goes when there is one: at the last multiple of the interval, as the policy would put it. */
    static int snapshotVersion(int events) {
        return events / EngineBenchmarkSettings.SNAPSHOT_EVERY * EngineBenchmarkSettings.SNAPSHOT_EVERY;
    }
}
