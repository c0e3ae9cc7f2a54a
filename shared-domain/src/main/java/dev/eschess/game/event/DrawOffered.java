package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

/**
 * A player offered a draw; the offer stands until it is accepted, declined, lapses or the game ends.
 *
 * @param gameId     the game
 * @param offeredBy  the side that offered
 * @param occurredAt the request time of the offer command
 */
public record DrawOffered(String gameId, Color offeredBy, Instant occurredAt) implements GameEvent {

    public DrawOffered {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(offeredBy, "offeredBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
