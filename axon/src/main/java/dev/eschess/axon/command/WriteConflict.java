package dev.eschess.axon.command;

import java.util.Objects;
import java.util.Optional;

/**
 * A command lost against another write to the same game and nothing was stored. Versions count events.
 * {@link Kind#STALE_EXPECTED_VERSION} answers a caller-pinned version (HTTP 412); {@link Kind#CONCURRENT_WRITE} is a
 * race the service could not resolve by retrying (HTTP 409).
 */
public final class WriteConflict extends RuntimeException {

    /** Why the command lost. */
    public enum Kind {
        /** The caller pinned a version and the game is at another one. */
        STALE_EXPECTED_VERSION,
        /** Another command stored events first, on every attempt. */
        CONCURRENT_WRITE
    }

    private final Kind kind;
    private final Optional<Long> expectedVersion;
    private final long actualVersion;

    public WriteConflict(String gameId, Kind kind, Optional<Long> expectedVersion, long actualVersion) {
        super(message(gameId, kind, expectedVersion, actualVersion), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.expectedVersion = Objects.requireNonNull(expectedVersion, "expectedVersion");
        this.actualVersion = actualVersion;
    }

    /** Why the command lost. */
    public Kind kind() {
        return kind;
    }

    /** The version the caller pinned, if it did. */
    public Optional<Long> expectedVersion() {
        return expectedVersion;
    }

    /** The game's version when the conflict was found. */
    public long actualVersion() {
        return actualVersion;
    }

    private static String message(String gameId, Kind kind, Optional<Long> expected, long actual) {
        return switch (kind) {
            case STALE_EXPECTED_VERSION -> "game " + gameId + " is at version " + actual + ", not "
                    + expected.map(String::valueOf).orElse("?");
            case CONCURRENT_WRITE -> "game " + gameId + " changed concurrently (now at version " + actual + ")";
        };
    }
}
