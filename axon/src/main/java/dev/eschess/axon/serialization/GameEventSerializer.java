package dev.eschess.axon.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer with the shared domain's stable event type names and schema versions (ADR 0008):
 * a {@code MovePlayed} is stored as type {@code MovePlayed}, revision {@code 1}, never as a Java class name.
 * Everything else (metadata, tokens) keeps Axon's class-name types. See ADR 0024.
 */
public final class GameEventSerializer extends JacksonSerializer {

    private GameEventSerializer(Builder builder) {
        super(builder);
    }

    /** A serializer writing with the given mapper. */
    public static GameEventSerializer using(ObjectMapper objectMapper) {
        return new GameEventSerializer(JacksonSerializer.builder()
                .objectMapper(objectMapper)
                .converter(new ChainingConverter(GameEventSerializer.class.getClassLoader())));
    }

    // tag::tour-event-type-names[]
    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null && GameEvent.class.isAssignableFrom(type) && type.isRecord()) {
            @SuppressWarnings("unchecked")
            GameEventType eventType = GameEventType.byClass((Class<? extends GameEvent>) type);
            return new SimpleSerializedType(eventType.typeName(), String.valueOf(eventType.schemaVersion()));
        }
        return super.typeForClass(type);
    }
    // end::tour-event-type-names[]

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return GameEventType.byTypeName(serializedType.getName())
                .<String>map(type -> type.eventClass().getName())
                .orElseGet(serializedType::getName);
    }
}
