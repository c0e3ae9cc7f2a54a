package dev.eschess.handrolled.core.eventstore;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event on its way into the store: already serialized, not yet given a version or a position.
 *
 * @param eventId       a unique id chosen by the writer
 * @param type          the stable type name (never a Java class name)
 * @param schemaVersion the version of the payload's shape
 * @param payload       the event as a JSON object
 * @param occurredAt    when it happened
 * @param metadata      correlation, causation, command and acting player
 */
public record NewEvent(
        UUID eventId, String type, int schemaVersion, String payload, Instant occurredAt, EventMetadata metadata) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(metadata, "metadata");
        if (type.isBlank()) {
            throw new IllegalArgumentException("an event type name must not be blank");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1, was " + schemaVersion);
        }
    }

    /** The event as stored at this version and global position. */
    public StoredEvent storedAs(String streamId, long version, long position) {
        return new StoredEvent(eventId, streamId, version, position, type, schemaVersion, payload, occurredAt,
                metadata);
    }
}
