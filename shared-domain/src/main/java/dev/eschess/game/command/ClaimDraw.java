package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/** The player to move claims a draw by threefold repetition or the fifty-move rule on the current position. */
public record ClaimDraw(String gameId, String playerId, Instant requestedAt) implements GameCommand {

    public ClaimDraw {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
