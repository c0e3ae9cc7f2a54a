package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/**
 * The server's deadline for the side to move has come: if that side's time is up, the game ends on time. Sent by
 * each variant's scheduler, never by a player; it is refused while time is left, so a deadline made stale by a move
 * changes nothing.
 *
 * @param gameId      the game
 * @param requestedAt when the deadline fired
 */
public record FlagFall(String gameId, Instant requestedAt) implements GameCommand {

    public FlagFall {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** {@link GameCommand#SERVER}: the server acts, not a player. */
    @Override
    public String playerId() {
        return SERVER;
    }
}
