package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The player accepts the opponent's pending draw offer: the game is drawn. */
public record AcceptDraw(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public AcceptDraw {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
