package dev.eschess.game;

import dev.eschess.chess.Move;
import java.util.Objects;

/**
 * A move of the game with the SAN it was recorded under.
 *
 * @param move the move
 * @param san  its canonical SAN in the position it was played from
 */
public record PlayedMove(Move move, String san) {

    public PlayedMove {
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(san, "san");
    }

    /** The move in UCI. */
    public String uci() {
        return move.uci();
    }
}
