package dev.eschess.web.live;

import java.time.Duration;

/** A stream was refused because its client, or the whole server, holds as many as {@link StreamQuota} allows. */
public final class TooManyStreams extends RuntimeException {

    private final Duration retryAfter;

    public TooManyStreams(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before it tries again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
