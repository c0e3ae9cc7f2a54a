package dev.eschess.benchmarks.engines;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import java.util.ArrayList;
import java.util.List;

/** A game being written as a script: commands sent through the shared decider, their events folded. Mutable. */
final class PlayedGame {

    static final String GAME_ID = "script";
    static final String WHITE = "white-player";
    static final String BLACK = "black-player";

    private static final GameDecider DECIDER = new GameDecider();

    private final List<GameCommand> commands = new ArrayList<>();
    private final List<GameEvent> events = new ArrayList<>();
    private GameState state = DECIDER.initialState();

    /** Sends the command; a rejection passes through and changes nothing. */
    List<GameEvent> play(GameCommand command) {
        List<GameEvent> produced = DECIDER.decide(command, state);
        commands.add(command);
        events.addAll(produced);
        for (GameEvent event : produced) {
            state = DECIDER.evolve(state, event);
        }
        return produced;
    }

    /** The events the command would cause now, without sending it. */
    List<GameEvent> wouldCause(GameCommand command) {
        return DECIDER.decide(command, state);
    }

    GameState state() {
        return state;
    }

    List<GameEvent> events() {
        return List.copyOf(events);
    }

    /** The script of everything played so far. */
    GameScript script(String name) {
        return new GameScript(name, commands);
    }

    /** The player id seated at {@code color}. */
    String playerAt(Color color) {
        return state.seat(color).orElseThrow(() -> new IllegalStateException("nobody sits at " + color)).playerId();
    }
}
