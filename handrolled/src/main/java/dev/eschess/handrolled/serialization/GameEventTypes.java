package dev.eschess.handrolled.serialization;

import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.handrolled.core.serialization.EventTypeRegistry;

/** The chess events in the hand-rolled store: names and current schema versions as the domain states them. */
public final class GameEventTypes {

    private GameEventTypes() {
    }

    // tag::tour-event-type-names[]
    /** A registry with every {@link GameEventType}. */
    public static EventTypeRegistry<GameEvent> registry() {
        EventTypeRegistry.Builder<GameEvent> builder = EventTypeRegistry.builder(GameEvent.class);
        for (GameEventType type : GameEventType.values()) {
            builder.register(type.typeName(), type.schemaVersion(), type.eventClass());
        }
        return builder.build();
    }
    // end::tour-event-type-names[]
}
