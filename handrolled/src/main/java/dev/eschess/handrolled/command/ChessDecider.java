package dev.eschess.handrolled.command;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.Decider;
import java.util.List;

/** The shared {@link GameDecider} in the shape the generic command handling drives; adds no rule of its own. */
public final class ChessDecider implements Decider<GameCommand, GameEvent, GameState> {

    private final GameDecider decider = new GameDecider();

    @Override
    public GameState initialState() {
        return decider.initialState();
    }

    // tag::cmp-decider-wiring[]
    @Override
    public List<GameEvent> decide(GameCommand command, GameState state) {
        return decider.decide(command, state);
    }

    @Override
    public GameState evolve(GameState state, GameEvent event) {
        return decider.evolve(state, event);
    }
    // end::cmp-decider-wiring[]
}
