package dev.eschess.handrolled.core.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * A stream's state folded up to a version, stored so that loading needs only the events after it.
 *
 * @param streamId      the stream
 * @param streamVersion the version of the last event folded into the state
 * @param schemaVersion the version of the state's stored shape; a snapshot of another version is ignored
 * @param state         the state as JSON
 * @param takenAt       when it was taken (for people; never used for decisions)
 */
public record Snapshot(String streamId, long streamVersion, int schemaVersion, String state, Instant takenAt) {

    public Snapshot {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(takenAt, "takenAt");
        if (streamVersion < 1) {
            throw new IllegalArgumentException("a snapshot folds at least one event, version was " + streamVersion);
        }
    }
}
