package dev.eschess.handrolled.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of a game as the API's {@code /events} shows it.
 *
 * @param version    its version in the game's stream
 * @param type       its stable type name
 * @param occurredAt when it happened
 * @param data       its payload in the current schema version
 * @param event      the event itself
 */
public record GameEventRecord(long version, String type, Instant occurredAt, JsonNode data, GameEvent event) {

    public GameEventRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(event, "event");
    }
}
