package dev.eschess.web.port;

import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored event of a game's stream.
 *
 * @param version    its position in the game's stream: 1 for {@code GameCreated}, then 2, 3, ...
 * @param occurredAt when it happened as stored (normally the event's own {@code occurredAt})
 * @param event      the event, in its current schema (upcast if it was stored in an older one)
 */
public record RecordedGameEvent(long version, Instant occurredAt, GameEvent event) {

    public RecordedGameEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
    }

    /** The event as recorded, with its occurred-at time taken from the event itself. */
    public static RecordedGameEvent of(long version, GameEvent event) {
        return new RecordedGameEvent(version, event.occurredAt(), event);
    }
}
