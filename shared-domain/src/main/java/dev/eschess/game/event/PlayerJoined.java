package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

/**
 * A second player took the free seat; with both seats taken the game has started.
 *
 * @param gameId     the game
 * @param playerId   the joining player's id (not a secret)
 * @param playerName the name the joining player plays under
 * @param color      the colour the joining player plays (the one the creator did not take)
 * @param occurredAt the request time of the join command
 */
public record PlayerJoined(String gameId, String playerId, String playerName, Color color, Instant occurredAt)
        implements GameEvent {

    public PlayerJoined {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
