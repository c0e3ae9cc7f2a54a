package dev.eschess.handrolled.timetravel;

import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded event of a game, upcast to the current schema.
 *
 * @param version    its version in the game's stream
 * @param type       its stable type name
 * @param occurredAt when it happened
 * @param event      the event itself
 */
public record GameEventRecord(long version, String type, Instant occurredAt, GameEvent event) {

    public GameEventRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
    }
}
