package dev.eschess.web.seat;

import dev.eschess.chess.Color;
import java.util.Objects;

/**
 * The player a valid token stands for.
 *
 * @param gameId   the game
 * @param color    the seat's colour
 * @param playerId the non-secret player id that commands carry
 */
public record SeatedPlayer(String gameId, Color color, String playerId) {

    public SeatedPlayer {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(playerId, "playerId");
    }
}
