package dev.eschess.axon.timetravel;

import dev.eschess.game.GameState;
import java.util.Objects;

/**
 * A game's state together with the number of events it folds.
 *
 * @param version the number of events folded
 * @param state   the state after them
 */
public record VersionedGame(long version, GameState state) {

    public VersionedGame {
        Objects.requireNonNull(state, "state");
    }
}
