package dev.eschess.benchmarks.engines;

/**
 * How Axon is configured around the Axon server's {@code GameAggregate}. "As it comes" is what an Axon Spring Boot
 * application gets without tuning: Axon's own repository (no cache, no snapshots) and the handler and unit-of-work
 * timeouts that axon-spring-boot-autoconfigure switches on (30 s per handler invocation, 60 s per command, each
 * warning after 10 s); Axon's Configuration API alone installs no timeouts, so they are added here as Boot would.
 * "Tuned" follows Axon's reference guide, tuning section (https://docs.axoniq.io/axon-framework-reference/4.11/tuning/):
 * a caching repository with the {@code WeakReferenceCache} the guide calls a good start, a snapshot every
 * {@link EngineBenchmarkSettings#SNAPSHOT_EVERY} events by {@code EventCountSnapshotTriggerDefinition} and the
 * {@code AggregateSnapshotter} (taken in the command's thread, as the hand-rolled core takes its snapshots), and no
 * handler timeouts, which the guide's timeouts page lets one switch off (axon.timeout.enabled=false, as the Axon
 * server does, ADR 0052).
 */
public enum AxonSetup {

    /** As it comes, on Axon's {@code InMemoryEventStorageEngine}: event objects, nothing serialized. */
    AS_IT_COMES_OBJECTS(true, false, false),

    /** As it comes, on {@link HeapJsonStorageEngine}: Axon's serializing storage path, JSON kept in the heap. */
    AS_IT_COMES_JSON(true, false, true),

    /** Tuned, on {@link HeapJsonStorageEngine}. */
    TUNED_JSON(false, true, true),

    /** No timeouts, no cache, no snapshot trigger, on {@link HeapJsonStorageEngine}: every load replays (rehydration). */
    LOADING_JSON(false, false, true);

    private final boolean bootTimeouts;
    private final boolean cachedAndSnapshotted;
    private final boolean json;

    AxonSetup(boolean bootTimeouts, boolean cachedAndSnapshotted, boolean json) {
        this.bootTimeouts = bootTimeouts;
        this.cachedAndSnapshotted = cachedAndSnapshotted;
        this.json = json;
    }

    boolean bootTimeouts() {
        return bootTimeouts;
    }

    boolean cachedAndSnapshotted() {
        return cachedAndSnapshotted;
    }

    boolean json() {
        return json;
    }
}
