package dev.eschess.handrolled.core.serialization;

/** A stored event cannot be read: unknown type, schema version from the future, or a payload that is not valid. */
public final class CorruptEventException extends RuntimeException {

    public CorruptEventException(String message) {
        super(message);
    }

    public CorruptEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
