package dev.eschess.game.scenario;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds the "given" history of a scenario by sending commands through the real decider, so that every given
 * history is one the decider can actually produce: {@code aGame().createdBy(ALICE, WHITE).joinedBy(BOB)
 * .after("e4 e5 Nf3")}. A given command happens one minute later per event stored before it, counted from
 * {@link ScenarioTime#GIVEN_START}, so given times always increase. Immutable.
 */
public final class GivenGame {

    private static final GameDecider DECIDER = new GameDecider();

    private final Instant start;
    private final GameState state;
    private final List<GameEvent> events;

    private GivenGame(Instant start, GameState state, List<GameEvent> events) {
        this.start = start;
        this.state = state;
        this.events = List.copyOf(events);
    }

    /** A game with no history at all. */
    public static GivenGame aGame() {
        return new GivenGame(ScenarioTime.GIVEN_START, DECIDER.initialState(), List.of());
    }

    /**
     * A game with no history whose given commands start {@code minutes} before the scenario's command (still one
     * minute apart), for clocks that must not run out before it.
     */
    public static GivenGame aGameStartingMinutesBeforeTheCommand(int minutes) {
        return new GivenGame(ScenarioTime.WHEN.minus(Duration.ofMinutes(minutes)), DECIDER.initialState(), List.of());
    }

    /** The player created the game from the standard start with a time control, playing {@code color}. */
    public GivenGame createdWithClockBy(ScenarioPlayer player, Color color, TimeControl control) {
        return apply(new CreateGame(ScenarioTime.GAME_ID, player.id(), player.name(), color, Optional.empty(),
                Optional.of(control), next()));
    }

    /** The player created the game from a FEN start position with a time control, playing {@code color}. */
    public GivenGame createdWithClockBy(ScenarioPlayer player, Color color, String fen, TimeControl control) {
        return apply(new CreateGame(ScenarioTime.GAME_ID, player.id(), player.name(), color, Optional.of(fen),
                Optional.of(control), next()));
    }

    /** The player created the game from the standard start, playing {@code color}. */
    public GivenGame createdBy(ScenarioPlayer player, Color color) {
        return apply(CreateGame.standard(ScenarioTime.GAME_ID, player.id(), player.name(), color, next()));
    }

    /** The player created the game from a FEN start position, playing {@code color}. */
    public GivenGame createdBy(ScenarioPlayer player, Color color, String fen) {
        return apply(new CreateGame(ScenarioTime.GAME_ID, player.id(), player.name(), color, Optional.of(fen), next()));
    }

    /** The player joined. */
    public GivenGame joinedBy(ScenarioPlayer player) {
        return apply(new JoinGame(ScenarioTime.GAME_ID, player.id(), player.name(), next()));
    }

    /**
     * These moves were played, each by the player whose turn it was; SAN or UCI separated by blanks, move
     * numbers such as {@code 1.} or {@code 12...} are skipped: {@code "1. e4 e5 2. Nf3"}.
     */
    public GivenGame after(String moves) {
        GivenGame game = this;
        for (String token : moves.trim().split("\\s+")) {
            if (token.isEmpty() || token.matches("\\d+\\.+")) {
                continue;
            }
            game = game.apply(new MakeMove(ScenarioTime.GAME_ID, game.playerToMove(), token, game.next()));
        }
        return game;
    }

    /** The player offered a draw. */
    public GivenGame drawOfferedBy(ScenarioPlayer player) {
        return apply(new OfferDraw(ScenarioTime.GAME_ID, player.id(), next()));
    }

    /** The player declined the pending draw offer. */
    public GivenGame drawDeclinedBy(ScenarioPlayer player) {
        return apply(new DeclineDraw(ScenarioTime.GAME_ID, player.id(), next()));
    }

    /**
     * The two players offered and declined a draw {@code times} times in a row, as a game could before a player was
     * limited to one offer per own move. The only given history the decider would no longer produce: these events
     * are appended as the facts they were, folded but not decided again.
     */
    public GivenGame drawOfferedAndDeclinedRepeatedly(ScenarioPlayer offerer, ScenarioPlayer decliner, int times) {
        Color offering = seatOf(offerer);
        Color declining = seatOf(decliner);
        GivenGame game = this;
        for (int i = 0; i < times; i++) {
            game = game.recorded(new DrawOffered(ScenarioTime.GAME_ID, offering, game.aSecondLater()));
            game = game.recorded(new DrawOfferDeclined(ScenarioTime.GAME_ID, declining, game.aSecondLater()));
        }
        return game;
    }

    /** The player accepted the pending draw offer. */
    public GivenGame drawAcceptedBy(ScenarioPlayer player) {
        return apply(new AcceptDraw(ScenarioTime.GAME_ID, player.id(), next()));
    }

    /** The player resigned. */
    public GivenGame resignedBy(ScenarioPlayer player) {
        return apply(new Resign(ScenarioTime.GAME_ID, player.id(), next()));
    }

    /** The player aborted the game. */
    public GivenGame abortedBy(ScenarioPlayer player) {
        return apply(new AbortGame(ScenarioTime.GAME_ID, player.id(), next()));
    }

    /** The events of this history, in order. */
    public List<GameEvent> events() {
        return events;
    }

    /** The state the history folds into. */
    public GameState state() {
        return state;
    }

    private GivenGame apply(GameCommand command) {
        List<GameEvent> produced;
        try {
            produced = DECIDER.decide(command, state);
        } catch (GameRejection rejection) {
            throw new IllegalStateException("a scenario's given history is not possible: " + command + " was rejected ("
                    + rejection.reason().wireCode() + ": " + rejection.getMessage() + ")", rejection);
        }
        GameState folded = state;
        for (GameEvent event : produced) {
            folded = DECIDER.evolve(folded, event);
        }
        List<GameEvent> longer = new ArrayList<>(events);
        longer.addAll(produced);
        return new GivenGame(start, folded, longer);
    }

    private Color seatOf(ScenarioPlayer player) {
        return state.colorOf(player.id()).orElseThrow(() -> new IllegalStateException(player + " is not seated"));
    }

    private GivenGame recorded(GameEvent event) {
        List<GameEvent> longer = new ArrayList<>(events.size() + 1);
        longer.addAll(events);
        longer.add(event);
        return new GivenGame(start, DECIDER.evolve(state, event), longer);
    }

    private String playerToMove() {
        return state.seat(state.sideToMove())
                .orElseThrow(() -> new IllegalStateException("nobody sits at " + state.sideToMove()))
                .playerId();
    }

    /** A second after the last event: recorded histories are long and must still end before the command. */
    private Instant aSecondLater() {
        return events.isEmpty() ? start : events.getLast().occurredAt().plusSeconds(1);
    }

    /** One minute per event stored so far after the start: later than every earlier command. */
    private Instant next() {
        return start.plus(ScenarioTime.GIVEN_STEP.multipliedBy(events.size()));
    }

    @Override
    public String toString() {
        return Arrays.toString(events.toArray());
    }
}
