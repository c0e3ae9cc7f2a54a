package dev.eschess.handrolled.core.command;

import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.Snapshot;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.core.snapshot.StateCodec;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a stream's state: from the latest usable snapshot plus the events after it, or by replaying from the
 * start; also as of an earlier version (time travel). Takes snapshots when asked to.
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
public final class EventSourcedRepository<C, E, S> {

    private static final Logger LOG = LoggerFactory.getLogger(EventSourcedRepository.class);

    private final EventStore store;
    private final EventSerializer<E> serializer;
    private final Decider<C, E, S> decider;
    private final SnapshotStore snapshots;
    private final StateCodec<S> codec;
    private final Clock clock;
    private final StateCache<S> cache;

    /** A repository without a state cache; the clock only stamps snapshots and never takes part in a decision. */
    public EventSourcedRepository(EventStore store, EventSerializer<E> serializer, Decider<C, E, S> decider,
                                  SnapshotStore snapshots, StateCodec<S> codec, Clock clock) {
        this(store, serializer, decider, snapshots, codec, clock, StateCache.none());
    }

    /** A repository that starts loads from {@code cache} where it holds the stream, else from a snapshot. */
    public EventSourcedRepository(EventStore store, EventSerializer<E> serializer, Decider<C, E, S> decider,
                                  SnapshotStore snapshots, StateCodec<S> codec, Clock clock, StateCache<S> cache) {
        this.store = Objects.requireNonNull(store, "store");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    // tag::tour-load[]
    /**
     * The current state: the cached state, else the latest snapshot of the current schema version, plus the events
     * committed after it (one indexed read, usually empty when the cache is warm).
     */
    public VersionedState<S> load(String streamId) {
        VersionedState<S> start = cache.get(streamId)
                .or(() -> usableSnapshot(streamId, Long.MAX_VALUE))
                .orElseGet(() -> new VersionedState<>(decider.initialState(), 0));
        VersionedState<S> now = fold(start, store.readStream(streamId, start.version() + 1, Long.MAX_VALUE));
        if (now.version() > 0) {
            cache.offer(streamId, now);
        }
        return now;
    }
    // end::tour-load[]

    /** Remembers the state a command just appended, so that the next load of the stream starts there. */
    public void remember(String streamId, VersionedState<S> state) {
        cache.offer(streamId, state);
    }

    /** The current state replayed from the first event, ignoring snapshots (the reference for tests). */
    public VersionedState<S> replay(String streamId) {
        return fold(new VersionedState<>(decider.initialState(), 0), store.readStream(streamId));
    }

    // tag::cmp-time-travel[]
    /**
     * The state as of version {@code version}: after the stream's first {@code version} events.
     *
     * @throws StreamNotAtVersion if the stream has fewer events
     */
    public VersionedState<S> loadAt(String streamId, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        long current = store.streamVersion(streamId);
        if (version > current) {
            throw new StreamNotAtVersion(streamId, version, current);
        }
        VersionedState<S> start = usableSnapshot(streamId, version)
                .orElseGet(() -> new VersionedState<>(decider.initialState(), 0));
        return fold(start, store.readStream(streamId, start.version() + 1, version));
    }
    // end::cmp-time-travel[]

    /** The state after more events. */
    public S evolve(S state, List<E> events) {
        S folded = state;
        for (E event : events) {
            folded = decider.evolve(folded, event);
        }
        return folded;
    }

    /** Stores a snapshot of the state at that version; a failure is logged, since a snapshot only saves time. */
    public void snapshot(String streamId, VersionedState<S> state) {
        try {
            snapshots.save(new Snapshot(streamId, state.version(), codec.schemaVersion(), codec.write(state.state()),
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("could not snapshot {} at version {}; loads replay more events until the next one",
                    streamId, state.version(), e);
        }
    }

    // tag::tour-fold[]
    private VersionedState<S> fold(VersionedState<S> start, List<StoredEvent> events) {
        S state = start.state();
        long version = start.version();
        for (StoredEvent stored : events) {
            state = decider.evolve(state, serializer.deserialize(stored));
            version = stored.version();
        }
        return new VersionedState<>(state, version);
    }
    // end::tour-fold[]

    /** The latest snapshot at or before {@code maxVersion}, if it has the current schema version and reads. */
    private Optional<VersionedState<S>> usableSnapshot(String streamId, long maxVersion) {
        return snapshots.latest(streamId)
                .filter(snapshot -> snapshot.schemaVersion() == codec.schemaVersion())
                .filter(snapshot -> snapshot.streamVersion() <= maxVersion)
                .flatMap(snapshot -> {
                    try {
                        return Optional.of(new VersionedState<>(codec.read(snapshot.state()), snapshot.streamVersion()));
                    } catch (RuntimeException e) {
                        LOG.warn("ignoring unreadable snapshot of {} at version {}", streamId,
                                snapshot.streamVersion(), e);
                        return Optional.empty();
                    }
                });
    }
}
