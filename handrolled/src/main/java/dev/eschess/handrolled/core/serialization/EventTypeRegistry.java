package dev.eschess.handrolled.core.serialization;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The closed list of event types a serializer knows, with stable names: a stored name maps to a class and back,
 * so renaming or moving a Java class never changes stored data. Immutable once built.
 *
 * @param <E> the event base type
 */
public final class EventTypeRegistry<E> {

    private final Map<String, EventType<E>> byName;
    private final Map<Class<?>, EventType<E>> byClass;

    private EventTypeRegistry(Map<String, EventType<E>> byName, Map<Class<?>, EventType<E>> byClass) {
        this.byName = Map.copyOf(byName);
        this.byClass = Map.copyOf(byClass);
    }

    /** A builder for a registry of subtypes of {@code baseType}. */
    public static <E> Builder<E> builder(Class<E> baseType) {
        return new Builder<>();
    }

    /** The type of an event, by its exact class. */
    public EventType<E> typeOf(E event) {
        EventType<E> type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("unregistered event class " + event.getClass().getName());
        }
        return type;
    }

    /** The type stored under this name, if registered. */
    public Optional<EventType<E>> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All registered types. */
    public Collection<EventType<E>> types() {
        return byName.values();
    }

    /**
     * Collects types; rejects a name or class registered twice.
     *
     * @param <E> the event base type
     */
    public static final class Builder<E> {

        private final Map<String, EventType<E>> byName = new LinkedHashMap<>();
        private final Map<Class<?>, EventType<E>> byClass = new HashMap<>();

        private Builder() {
        }

        /** Registers a type under its stable name with the schema version of its current shape. */
        public Builder<E> register(String name, int schemaVersion, Class<? extends E> javaType) {
            EventType<E> type = new EventType<>(name, schemaVersion, javaType);
            if (byName.putIfAbsent(name, type) != null) {
                throw new IllegalArgumentException("type name registered twice: " + name);
            }
            if (byClass.putIfAbsent(javaType, type) != null) {
                throw new IllegalArgumentException("class registered twice: " + javaType.getName());
            }
            return this;
        }

        /** The registry. */
        public EventTypeRegistry<E> build() {
            return new EventTypeRegistry<>(byName, byClass);
        }
    }
}
