package dev.eschess.handrolled.core.snapshot;

import java.util.Optional;

/** Keeps the latest snapshot of each stream. Thread-safe. */
public interface SnapshotStore {

    /** The latest snapshot of the stream, if any. */
    Optional<Snapshot> latest(String streamId);

    /** Stores the snapshot unless one for a later stream version is already stored. */
    void save(Snapshot snapshot);
}
