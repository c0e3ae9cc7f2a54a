package dev.eschess.game;

import java.util.Objects;

/**
 * The player sitting at one colour of a game.
 *
 * @param playerId   the player's id (not a secret)
 * @param playerName the name the player plays under
 */
public record Seat(String playerId, String playerName) {

    public Seat {
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
    }
}
