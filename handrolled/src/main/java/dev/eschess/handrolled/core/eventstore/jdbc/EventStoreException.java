package dev.eschess.handrolled.core.eventstore.jdbc;

/** The database failed in a way the caller cannot fix by retrying with other data (wraps an SQLException). */
public final class EventStoreException extends RuntimeException {

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
