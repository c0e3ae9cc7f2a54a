package dev.eschess.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.Seat;

/**
 * A seated player as the API shows it: the name, and the level when the computer sits there; never the player id
 * or a token.
 *
 * @param name     the name the player plays under
 * @param computer the computer's level, or null for a person
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlayerView(String name, ComputerView computer) {

    /** The view of the player with this id and name; the id alone says whether the computer sits there. */
    public static PlayerView of(String playerId, String name) {
        return new PlayerView(name, ComputerSeat.fromPlayerId(playerId).map(ComputerView::of).orElse(null));
    }

    /** The view of a seat of a game. */
    public static PlayerView of(Seat seat) {
        return of(seat.playerId(), seat.playerName());
    }

    /**
     * The computer at a seat.
     *
     * @param level its level, 1 (weakest) to 8 (strongest)
     */
    public record ComputerView(int level) {

        static ComputerView of(ComputerSeat seat) {
            return new ComputerView(seat.level().number());
        }
    }
}
