package dev.eschess.handrolled.core.serialization;

import java.util.Objects;

/**
 * One registered event type: its stable name in the store, the schema version of its current shape, and the
 * Java class of that shape.
 *
 * @param name          the stable type name, never derived from the class name
 * @param schemaVersion the current schema version (at least 1)
 * @param javaType      the class that the current shape deserializes into
 * @param <E>           the event base type
 */
public record EventType<E>(String name, int schemaVersion, Class<? extends E> javaType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        if (!name.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("a type name is a plain word such as MovePlayed, was " + name);
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1, was " + schemaVersion);
        }
    }
}
