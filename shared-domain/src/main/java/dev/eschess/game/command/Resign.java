package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The player gives up: the opponent wins. */
public record Resign(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public Resign {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
