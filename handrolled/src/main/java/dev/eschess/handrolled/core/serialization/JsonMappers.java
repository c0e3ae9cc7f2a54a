package dev.eschess.handrolled.core.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration for stored events and snapshots: records as they are, instants as ISO-8601, an empty
 * {@code Optional} as {@code null}. */
public final class JsonMappers {

    private JsonMappers() {
    }

    /**
     * A mapper that writes {@code Instant} as {@code 2026-03-14T09:26:53.589Z}, enums by name, and that refuses
     * unknown properties on reading, so a forgotten upcaster fails instead of silently dropping data.
     */
    public static ObjectMapper forStorage() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
