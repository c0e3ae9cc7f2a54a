package dev.eschess.game.scenario;

import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the scenarios, with the commands they send to the scenario game at the scenario's "when" time.
 *
 * @param id   the player id
 * @param name the name the player plays under
 */
public record ScenarioPlayer(String id, String name) {

    /** Creates most games. */
    public static final ScenarioPlayer ALICE = new ScenarioPlayer("player-alice", "Alice");
    /** Joins most games. */
    public static final ScenarioPlayer BOB = new ScenarioPlayer("player-bob", "Bob");
    /** Watches; sits in no game. */
    public static final ScenarioPlayer CAROL = new ScenarioPlayer("player-carol", "Carol");

    /** The scenario players, for naming ids in the Markdown rendering. */
    public static final List<ScenarioPlayer> ALL = List.of(ALICE, BOB, CAROL);

    public ScenarioPlayer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The player with this id, if it is one of the scenario players. */
    public static Optional<ScenarioPlayer> byId(String id) {
        return ALL.stream().filter(player -> player.id.equals(id)).findFirst();
    }

    /** Creates the scenario game from the standard start, playing {@code color}. */
    public CreateGame creates(Color color) {
        return creates(color, name);
    }

    /** Creates the scenario game playing {@code color} under the given name. */
    public CreateGame creates(Color color, String playerName) {
        return CreateGame.standard(ScenarioTime.GAME_ID, id, playerName, color, at());
    }

    /** Creates the scenario game from the standard start with a time control, playing {@code color}. */
    public CreateGame createsWithClock(Color color, TimeControl control) {
        return new CreateGame(ScenarioTime.GAME_ID, id, name, color, Optional.empty(), Optional.of(control), at());
    }

    /** Creates the scenario game from a FEN start position, playing {@code color}. */
    public CreateGame createsFrom(Color color, String fen) {
        return new CreateGame(ScenarioTime.GAME_ID, id, name, color, Optional.of(fen), at());
    }

    /** Joins the scenario game. */
    public JoinGame joins() {
        return joins(name);
    }

    /** Joins the scenario game under the given name. */
    public JoinGame joins(String playerName) {
        return new JoinGame(ScenarioTime.GAME_ID, id, playerName, at());
    }

    /** Makes a move, written in UCI or SAN. */
    public MakeMove moves(String move) {
        return new MakeMove(ScenarioTime.GAME_ID, id, move, at());
    }

    /** Resigns. */
    public Resign resigns() {
        return new Resign(ScenarioTime.GAME_ID, id, at());
    }

    /** Offers a draw. */
    public OfferDraw offersDraw() {
        return new OfferDraw(ScenarioTime.GAME_ID, id, at());
    }

    /** Accepts the pending draw offer. */
    public AcceptDraw acceptsDraw() {
        return new AcceptDraw(ScenarioTime.GAME_ID, id, at());
    }

    /** Declines the pending draw offer. */
    public DeclineDraw declinesDraw() {
        return new DeclineDraw(ScenarioTime.GAME_ID, id, at());
    }

    /** Claims a draw. */
    public ClaimDraw claimsDraw() {
        return new ClaimDraw(ScenarioTime.GAME_ID, id, at());
    }

    /** Aborts the game. */
    public AbortGame aborts() {
        return new AbortGame(ScenarioTime.GAME_ID, id, at());
    }

    private static Instant at() {
        return ScenarioTime.WHEN;
    }
}
