package dev.eschess.handrolled.core.eventstore;

import java.util.Objects;

/**
 * An append found the stream at another version than the writer expected; nothing was stored. Carries both
 * versions so that callers can decide whether to retry on fresh state or report the conflict.
 */
public final class ExpectedVersionConflict extends RuntimeException {

    private final String streamId;
    private final ExpectedVersion expected;
    private final long actualVersion;

    public ExpectedVersionConflict(String streamId, ExpectedVersion expected, long actualVersion) {
        super("stream " + streamId + ": expected " + expected + " but it is at version " + actualVersion,
                null, false, false);
        this.streamId = Objects.requireNonNull(streamId, "streamId");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actualVersion = actualVersion;
    }

    /** The stream the append was for. */
    public String streamId() {
        return streamId;
    }

    /** What the writer expected. */
    public ExpectedVersion expected() {
        return expected;
    }

    /** The version the stream was actually at (0 when it does not exist). */
    public long actualVersion() {
        return actualVersion;
    }
}
