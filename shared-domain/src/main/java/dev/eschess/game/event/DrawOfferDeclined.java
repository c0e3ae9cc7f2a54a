package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

/**
 * The opponent of the offering side declined the pending draw offer; the game goes on.
 *
 * @param gameId     the game
 * @param declinedBy the side that declined (the opponent of the side that offered)
 * @param occurredAt the request time of the decline command
 */
public record DrawOfferDeclined(String gameId, Color declinedBy, Instant occurredAt) implements GameEvent {

    public DrawOfferDeclined {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(declinedBy, "declinedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
