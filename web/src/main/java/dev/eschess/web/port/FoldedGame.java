package dev.eschess.web.port;

import dev.eschess.game.GameState;
import java.util.Objects;

/**
 * A game's state after its first {@code version} events, as the variant folded it with the shared decider.
 *
 * @param version the number of events folded, at least 1
 * @param state   the state after them
 */
public record FoldedGame(long version, GameState state) {

    public FoldedGame {
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("a game has at least one event, version was " + version);
        }
    }
}
