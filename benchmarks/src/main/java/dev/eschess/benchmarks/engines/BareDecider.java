package dev.eschess.benchmarks.engines;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;

/** The physical limit: the shared decider alone, decide then evolve, the state in a field and no store. */
final class BareDecider implements CommandPath {

    private final GameDecider decider = new GameDecider();
    private GameState state = decider.initialState();

    @Override
    public void newGame() {
        state = decider.initialState();
    }

    @Override
    public long send(GameCommand command) {
        for (GameEvent event : decider.decide(command, state)) {
            state = decider.evolve(state, event);
        }
        return state.eventCount();
    }

    @Override
    public void close() {
    }
}
