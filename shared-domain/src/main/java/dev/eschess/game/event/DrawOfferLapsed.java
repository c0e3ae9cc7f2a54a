package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

/**
 * A pending draw offer lapsed because the opponent moved instead of answering it. Always recorded right
 * after that {@link MovePlayed}, in the same decision, so projections need not know the lapse rule.
 *
 * @param gameId     the game
 * @param offeredBy  the side whose offer lapsed
 * @param occurredAt the request time of the move command that let it lapse
 */
public record DrawOfferLapsed(String gameId, Color offeredBy, Instant occurredAt) implements GameEvent {

    public DrawOfferLapsed {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(offeredBy, "offeredBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
