package dev.eschess.axon.timetravel;

import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One event as stored in a game's stream, with its envelope.
 *
 * @param version    its position in the game's stream, 1 for the first event
 * @param type       its stable type name, e.g. {@code MovePlayed}
 * @param occurredAt when it happened
 * @param data       the event itself
 */
public record StoredGameEvent(long version, String type, Instant occurredAt, GameEvent data) {

    public StoredGameEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
    }
}
