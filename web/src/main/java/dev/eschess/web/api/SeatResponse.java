package dev.eschess.web.api;

import dev.eschess.web.view.GameView;

/**
 * The answer to create and join: the only time the seat's token is ever shown.
 *
 * @param gameId      the game
 * @param color       the seat taken, {@code white} or {@code black}
 * @param playerToken the secret that acts for this seat, sent as {@code Authorization: Bearer <playerToken>}
 * @param game        the game after the command
 */
public record SeatResponse(String gameId, String color, String playerToken, GameView game) {

    @Override
    public String toString() {
        return "SeatResponse[gameId=" + gameId + ", color=" + color + ", playerToken=<hidden>]";
    }
}
