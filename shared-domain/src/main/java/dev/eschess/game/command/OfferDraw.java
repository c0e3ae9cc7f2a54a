package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The player offers a draw to the opponent. */
public record OfferDraw(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public OfferDraw {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
