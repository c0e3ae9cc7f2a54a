package dev.eschess.tour;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour's running example (docs/tour/): fool's mate, the shortest game that ends in checkmate, as the commands two
 * players send. Alice creates the game and plays white, Bob joins as black, and Black mates on the fourth move.
 */
public final class FoolsMate {

    /** The game's id; the hand-rolled store keeps its events in the stream {@code game-fools-mate}. */
    public static final String GAME = "fools-mate";
    /** Alice's player id; she creates the game and plays white. */
    public static final String ALICE = "alice";
    /** Bob's player id; he joins and plays black. */
    public static final String BOB = "bob";

    private static final Instant START = Instant.parse("2026-01-10T18:00:00Z");

    private FoolsMate() {
    }

    // tag::tour-fools-mate[]
    /** What the two players ask for, in order; each command carries the time its request arrived. */
    public static List<GameCommand> commands() {
        return List.of(
                CreateGame.standard(GAME, ALICE, "Alice", Color.WHITE, at(0)),
                new JoinGame(GAME, BOB, "Bob", at(5)),
                new MakeMove(GAME, ALICE, "f3", at(10)),
                new MakeMove(GAME, BOB, "e5", at(15)),
                new MakeMove(GAME, ALICE, "g4", at(20)),
                new MakeMove(GAME, BOB, "Qh4#", at(25)));
    }
    // end::tour-fools-mate[]

    /** The instant {@code seconds} after the game was created. */
    public static Instant at(int seconds) {
        return START.plusSeconds(seconds);
    }

    // tag::tour-play[]
    /** Every event of the game: each command decided on the state so far, its events folded into the state. */
    public static List<GameEvent> events() {
        GameDecider decider = new GameDecider();
        GameState state = decider.initialState();
        List<GameEvent> history = new ArrayList<>();
        for (GameCommand command : commands()) {
            List<GameEvent> happened = decider.decide(command, state);
            for (GameEvent event : happened) {
                state = decider.evolve(state, event);
            }
            history.addAll(happened);
        }
        return List.copyOf(history);
    }
    // end::tour-play[]

    /** The first {@code count} events of the game. */
    public static List<GameEvent> firstEvents(int count) {
        return events().subList(0, count);
    }
}
