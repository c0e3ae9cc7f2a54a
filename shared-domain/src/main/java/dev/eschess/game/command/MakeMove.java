package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/**
 * The player to move makes a move, written as the player typed it: UCI ({@code e2e4}, {@code e7e8q}) or SAN
 * ({@code e4}, {@code e8=Q}, {@code O-O}).
 *
 * @param gameId      the game
 * @param playerId    the moving player's id
 * @param move        the move text
 * @param requestedAt when the request arrived
 */
public record MakeMove(String gameId, String playerId, String move, Instant requestedAt) implements GameCommand {

    public MakeMove {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
