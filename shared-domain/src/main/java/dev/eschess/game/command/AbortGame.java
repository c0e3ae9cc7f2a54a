package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The creator cancels a game that nobody has joined yet. */
public record AbortGame(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public AbortGame {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
