package dev.eschess.web.api;

import java.io.IOException;

/** A request body grew beyond the limit while it was being read (when no Content-Length announced it). */
public final class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("request bodies are limited to " + limit + " bytes");
    }
}
