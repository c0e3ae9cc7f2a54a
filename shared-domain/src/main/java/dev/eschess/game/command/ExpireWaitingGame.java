package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/**
 * The server's deadline for a game nobody joined has come: a game still waiting for an opponent ends without a
 * result. Sent by each variant's scheduler after the configured waiting time; refused once an opponent has joined.
 *
 * @param gameId      the game
 * @param requestedAt when the deadline fired
 */
public record ExpireWaitingGame(String gameId, Instant requestedAt) implements GameCommand {

    public ExpireWaitingGame {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** {@link GameCommand#SERVER}: the server acts, not a player. */
    @Override
    public String playerId() {
        return SERVER;
    }
}
