package dev.eschess.handrolled.core.command;

/** Time travel asked for a version the stream has not reached. */
public final class StreamNotAtVersion extends RuntimeException {

    private final long requested;
    private final long actual;

    public StreamNotAtVersion(String streamId, long requested, long actual) {
        super("stream " + streamId + " has " + actual + " events; version " + requested + " does not exist");
        this.requested = requested;
        this.actual = actual;
    }

    /** The version asked for. */
    public long requested() {
        return requested;
    }

    /** The stream's current version. */
    public long actual() {
        return actual;
    }
}
