package dev.eschess.handrolled.core.snapshot;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Snapshots in the heap of one process. */
public final class InMemorySnapshotStore implements SnapshotStore {

    private final ConcurrentMap<String, Snapshot> latest = new ConcurrentHashMap<>();

    @Override
    public Optional<Snapshot> latest(String streamId) {
        return Optional.ofNullable(latest.get(streamId));
    }

    @Override
    public void save(Snapshot snapshot) {
        latest.merge(snapshot.streamId(), snapshot,
                (stored, offered) -> offered.streamVersion() > stored.streamVersion() ? offered : stored);
    }
}
