package dev.eschess.game.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable type name and current schema version of every event, for stores and APIs. Type names are
 * part of the stored format and never derived from Java class names; a schema version goes up when the
 * stored shape of an event changes (and the stores then need an upcaster from the old version).
 */
public enum GameEventType {
    GAME_CREATED("GameCreated", 3, GameCreated.class),
    PLAYER_JOINED("PlayerJoined", 1, PlayerJoined.class),
    MOVE_PLAYED("MovePlayed", 1, MovePlayed.class),
    DRAW_OFFERED("DrawOffered", 1, DrawOffered.class),
    DRAW_OFFER_DECLINED("DrawOfferDeclined", 1, DrawOfferDeclined.class),
    DRAW_OFFER_LAPSED("DrawOfferLapsed", 1, DrawOfferLapsed.class),
    GAME_ENDED("GameEnded", 1, GameEnded.class);

    private final String typeName;
    private final int schemaVersion;
    private final Class<? extends GameEvent> eventClass;

    GameEventType(String typeName, int schemaVersion, Class<? extends GameEvent> eventClass) {
        this.typeName = typeName;
        this.schemaVersion = schemaVersion;
        this.eventClass = eventClass;
    }

    /** The stable name stored beside the payload, e.g. {@code MovePlayed}. */
    public String typeName() {
        return typeName;
    }

    /** The schema version of the event's current shape. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The record class of the current shape. */
    public Class<? extends GameEvent> eventClass() {
        return eventClass;
    }

    /** The type of an event. */
    public static GameEventType of(GameEvent event) {
        return switch (event) {
            case GameCreated created -> GAME_CREATED;
            case PlayerJoined joined -> PLAYER_JOINED;
            case MovePlayed moved -> MOVE_PLAYED;
            case DrawOffered offered -> DRAW_OFFERED;
            case DrawOfferDeclined declined -> DRAW_OFFER_DECLINED;
            case DrawOfferLapsed lapsed -> DRAW_OFFER_LAPSED;
            case GameEnded ended -> GAME_ENDED;
        };
    }

    /** The type with the given stable name, if any. */
    public static Optional<GameEventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }

    /** The type whose current record class is {@code eventClass}. */
    public static GameEventType byClass(Class<? extends GameEvent> eventClass) {
        return Arrays.stream(values()).filter(type -> type.eventClass.equals(eventClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a game event class: " + eventClass));
    }
}
