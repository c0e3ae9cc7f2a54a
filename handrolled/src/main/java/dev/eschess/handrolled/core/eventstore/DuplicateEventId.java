package dev.eschess.handrolled.core.eventstore;

import java.util.UUID;

/** An append carried an event id that is already stored (or twice in the batch); nothing was stored. */
public final class DuplicateEventId extends RuntimeException {

    private final UUID eventId;

    public DuplicateEventId(UUID eventId) {
        super("event id " + eventId + " is already stored");
        this.eventId = eventId;
    }

    /** The repeated id, when the store can tell which one it was. */
    public UUID eventId() {
        return eventId;
    }
}
