package dev.eschess.handrolled.core.snapshot;

/**
 * Writes a state as JSON for a snapshot and reads it back; {@link #schemaVersion()} names the shape, and goes
 * up whenever the shape or meaning changes, so older snapshots are ignored instead of misread.
 *
 * @param <S> the state type
 */
public interface StateCodec<S> {

    /** The version of the shape this codec writes and reads. */
    int schemaVersion();

    /** The state as JSON. */
    String write(S state);

    /** The state from JSON written by {@link #write} with the same schema version. */
    S read(String json);
}
