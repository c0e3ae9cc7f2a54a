package dev.eschess.game.command;

import java.time.Instant;
import java.util.Objects;

/**
 * A second player takes the free seat, the colour the creator did not choose; the game then starts.
 *
 * @param gameId      the game to join
 * @param playerId    the joining player's id
 * @param playerName  the name the joining player plays under
 * @param requestedAt when the request arrived
 */
public record JoinGame(String gameId, String playerId, String playerName, Instant requestedAt) implements GameCommand {

    public JoinGame {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
