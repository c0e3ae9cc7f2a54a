package dev.eschess.handrolled.support;

import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events of a neutral test type for the store tests, which know nothing of chess. */
public final class TestEvents {

    /** Instants with microsecond precision, which both databases keep exactly. */
    public static final Instant AT = Instant.parse("2026-05-01T12:00:00.123456Z");

    private TestEvents() {
    }

    /** One event whose payload names it. */
    public static NewEvent event(String label) {
        return new NewEvent(UUID.randomUUID(), "SomethingHappened", 1, "{\"label\":\"" + label + "\"}",
                AT.truncatedTo(ChronoUnit.MICROS), EventMetadata.NONE);
    }

    /** {@code count} events labelled {@code prefix-1}, {@code prefix-2}, ... */
    public static List<NewEvent> events(String prefix, int count) {
        List<NewEvent> events = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            events.add(event(prefix + "-" + i));
        }
        return List.copyOf(events);
    }

    /** A fresh stream id. */
    public static String newStream() {
        return "stream-" + UUID.randomUUID();
    }
}
