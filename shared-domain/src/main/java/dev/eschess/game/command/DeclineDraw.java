package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The player declines the opponent's pending draw offer. */
public record DeclineDraw(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public DeclineDraw {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
