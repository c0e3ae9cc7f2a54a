package dev.eschess.handrolled.core.serialization;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the stored payload of one event type from one schema version into the next, JSON to JSON, without
 * domain classes: old events stay as they were stored and are brought up to date on every read.
 */
public interface Upcaster {

    /** The stable type name this upcaster applies to. */
    String typeName();

    /** The schema version it reads; it produces {@code fromSchemaVersion() + 1}. */
    int fromSchemaVersion();

    /**
     * The payload in the next schema version. May modify and return {@code payload}.
     *
     * @throws CorruptEventException if the payload cannot be a valid event of the old version
     */
    ObjectNode upcast(ObjectNode payload);
}
