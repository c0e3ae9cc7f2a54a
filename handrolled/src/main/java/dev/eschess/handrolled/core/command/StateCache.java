package dev.eschess.handrolled.core.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The most recently used streams' folded states, bounded in entries. Only a starting point: a load still reads the
 * events committed after the cached version (by any process), so a stale entry costs a longer tail, never a wrong
 * state. Offering an older version than the one held changes nothing, so racing writers cannot roll it back.
 *
 * @param <S> the state type
 */
public final class StateCache<S> {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, VersionedState<S>> states;

    /** A cache of at most {@code capacity} streams; 0 caches nothing. */
    public StateCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, VersionedState<S>> eldest) {
                return size() > StateCache.this.capacity;
            }
        };
    }

    /** A cache that holds nothing: every load starts from a snapshot. */
    public static <S> StateCache<S> none() {
        return new StateCache<>(0);
    }

    /** The state held for the stream, if any. */
    public Optional<VersionedState<S>> get(String streamId) {
        lock.lock();
        try {
            return Optional.ofNullable(states.get(streamId));
        } finally {
            lock.unlock();
        }
    }

    /** Holds {@code state} for the stream unless a later version is held already. */
    public void offer(String streamId, VersionedState<S> state) {
        if (capacity == 0) {
            return;
        }
        lock.lock();
        try {
            VersionedState<S> held = states.get(streamId);
            if (held == null || held.version() < state.version()) {
                states.put(streamId, state);
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many streams are held. */
    public int size() {
        lock.lock();
        try {
            return states.size();
        } finally {
            lock.unlock();
        }
    }
}
