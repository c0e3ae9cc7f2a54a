package dev.eschess.handrolled.core.serialization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns domain events into stored JSON and back with Jackson: the stable type name and current schema version
 * come from the registry; reading an older schema version runs the upcaster chain first.
 *
 * @param <E> the event base type
 */
public final class EventSerializer<E> {

    private final EventTypeRegistry<E> registry;
    private final UpcasterChain upcasters;
    private final Function<? super E, Instant> occurredAt;
    private final ObjectMapper mapper;

    /**
     * A serializer.
     *
     * @param registry   the event types
     * @param upcasters  the upcasters for older schema versions
     * @param occurredAt where an event says when it happened (stored beside the payload too)
     */
    public EventSerializer(EventTypeRegistry<E> registry, UpcasterChain upcasters,
                           Function<? super E, Instant> occurredAt) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.upcasters = Objects.requireNonNull(upcasters, "upcasters");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.mapper = JsonMappers.forStorage();
    }

    /** The event ready to append, with a fresh event id. */
    public NewEvent serialize(E event, EventMetadata metadata) {
        EventType<E> type = registry.typeOf(event);
        try {
            return new NewEvent(UUID.randomUUID(), type.name(), type.schemaVersion(),
                    mapper.writeValueAsString(event), occurredAt.apply(event), metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + type.name(), e);
        }
    }

    /** The stored event as the current Java type, upcast if it was stored in an older schema version. */
    public E deserialize(StoredEvent stored) {
        return deserialize(stored.type(), stored.schemaVersion(), stored.payload());
    }

    /** An event from its stored type name, schema version and JSON payload. */
    public E deserialize(String typeName, int schemaVersion, String payload) {
        EventType<E> type = registry.byName(typeName)
                .orElseThrow(() -> new CorruptEventException("unknown event type " + typeName));
        if (schemaVersion > type.schemaVersion()) {
            throw new CorruptEventException(typeName + " schema version " + schemaVersion
                    + " was written by newer code (this code knows up to " + type.schemaVersion() + ")");
        }
        try {
            JsonNode tree = mapper.readTree(payload);
            if (!(tree instanceof ObjectNode object)) {
                throw new CorruptEventException(typeName + " payload is not a JSON object");
            }
            ObjectNode current = upcasters.upcast(typeName, schemaVersion, type.schemaVersion(), object);
            return mapper.treeToValue(current, type.javaType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CorruptEventException("cannot read " + typeName + " v" + schemaVersion + ": " + e.getMessage(), e);
        }
    }

    /** The current-version JSON of a stored payload: what {@code /events} shows as the event's data. */
    public JsonNode currentPayload(StoredEvent stored) {
        return mapper.valueToTree(deserialize(stored));
    }

    /** The registry this serializer uses. */
    public EventTypeRegistry<E> registry() {
        return registry;
    }
}
