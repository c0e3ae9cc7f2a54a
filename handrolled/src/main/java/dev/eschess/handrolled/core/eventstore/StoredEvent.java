package dev.eschess.handrolled.core.eventstore;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the store keeps it: the payload exactly as written (in its stored schema version) plus its
 * place in its stream and in the global log.
 *
 * @param eventId       the unique id the writer gave it
 * @param streamId      the stream it belongs to
 * @param version       its number in the stream, 1 for the first event
 * @param position      its number in the global log, 1 for the first event ever, gapless and in commit order
 * @param type          the stable type name
 * @param schemaVersion the version of the payload's shape when it was written
 * @param payload       the event as a JSON object
 * @param occurredAt    when it happened
 * @param metadata      correlation, causation, command and acting player
 */
public record StoredEvent(
        UUID eventId,
        String streamId,
        long version,
        long position,
        String type,
        int schemaVersion,
        String payload,
        Instant occurredAt,
        EventMetadata metadata) {

    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(metadata, "metadata");
    }
}
