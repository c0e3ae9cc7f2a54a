package dev.eschess.benchmarks.engines;

import dev.eschess.chess.Color;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.game.scenario.Scenario;
import dev.eschess.game.scenario.ScenarioCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The games of the scenario catalogue that can be replayed as commands: a scenario stores its given history as events,
 * so each event is turned back into the command that causes it (a created game into {@code CreateGame}, a move into
 * {@code MakeMove} in UCI, an ending into the resignation, agreement, claim, abort or flag fall it records), the
 * scenario's own command is appended when it expects events, and the script is kept only if the decider, sent those
 * commands, records exactly the given and expected events. Histories recorded under older rules (repeated draw offers
 * without a move) and scenarios that only expect a rejection with no history are left out.
 */
public final class ScenarioGames {

    private ScenarioGames() {
    }

    /** Every replayable game of the catalogue, in catalogue order. */
    public static List<GameScript> all() {
        return ScenarioCatalogue.all().stream().map(ScenarioGames::replayable).flatMap(Optional::stream).toList();
    }

    /** The scenario as a script, if its history can be produced by commands. */
    static Optional<GameScript> replayable(Scenario scenario) {
        List<GameEvent> expected = new ArrayList<>(scenario.given());
        scenario.expectedEvents().ifPresent(expected::addAll);
        boolean commandAccepted = scenario.expectedEvents().isPresent();
        PlayedGame game = new PlayedGame();
        int next = 0;
        while (next < scenario.given().size()) {
            Optional<GameCommand> cause = causeOf(scenario.given().get(next), game.state());
            if (cause.isEmpty()) {
                return Optional.empty();
            }
            try {
                next += game.play(cause.get()).size();
            } catch (GameRejection rejected) {
                return Optional.empty();
            }
        }
        if (commandAccepted) {
            try {
                game.play(scenario.when());
            } catch (GameRejection rejected) {
                return Optional.empty();
            }
        }
        if (!game.events().equals(expected) || game.events().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(game.script(scenario.displayName()));
    }

    /** The command that records {@code event} first, in the game as it is; empty for events no command starts with. */
    private static Optional<GameCommand> causeOf(GameEvent event, GameState state) {
        return switch (event) {
            case GameCreated created -> Optional.of(new CreateGame(created.gameId(), created.creatorId(),
                    created.creatorName(), created.creatorColor(), Optional.of(created.startFen()),
                    created.timeControl(), created.occurredAt()));
            case PlayerJoined joined -> Optional.of(new JoinGame(joined.gameId(), joined.playerId(),
                    joined.playerName(), joined.occurredAt()));
            case MovePlayed moved -> playerAt(state, moved.color()).map(player ->
                    new MakeMove(moved.gameId(), player, moved.uci(), moved.occurredAt()));
            case DrawOffered offered -> playerAt(state, offered.offeredBy()).map(player ->
                    new OfferDraw(offered.gameId(), player, offered.occurredAt()));
            case DrawOfferDeclined declined -> playerAt(state, declined.declinedBy()).map(player ->
                    new DeclineDraw(declined.gameId(), player, declined.occurredAt()));
            case DrawOfferLapsed lapsed -> Optional.empty();
            case GameEnded ended -> endingCommand(ended, state);
        };
    }

    private static Optional<GameCommand> endingCommand(GameEnded ended, GameState state) {
        String id = ended.gameId();
        Color toMove = state.sideToMove();
        return switch (ended.reason()) {
            case RESIGNATION -> loser(ended, state).map(player -> new Resign(id, player, ended.occurredAt()));
            case DRAW_AGREEMENT -> state.drawOffer().flatMap(offerer -> playerAt(state, offerer.opposite()))
                    .map(player -> new AcceptDraw(id, player, ended.occurredAt()));
            case THREEFOLD_REPETITION, FIFTY_MOVE_RULE -> playerAt(state, toMove)
                    .map(player -> new ClaimDraw(id, player, ended.occurredAt()));
            case ABORTED -> state.creatorColor().flatMap(color -> playerAt(state, color))
                    .map(player -> new AbortGame(id, player, ended.occurredAt()));
            case NO_OPPONENT -> Optional.of(new ExpireWaitingGame(id, ended.occurredAt()));
            case TIMEOUT, TIMEOUT_VS_INSUFFICIENT_MATERIAL -> Optional.of(new FlagFall(id, ended.occurredAt()));
            case CHECKMATE, STALEMATE, INSUFFICIENT_MATERIAL, FIVEFOLD_REPETITION, SEVENTY_FIVE_MOVE_RULE ->
                    Optional.empty();
        };
    }

    private static Optional<String> loser(GameEnded ended, GameState state) {
        return switch (ended.result()) {
            case WHITE_WINS -> playerAt(state, Color.BLACK);
            case BLACK_WINS -> playerAt(state, Color.WHITE);
            case DRAW, NO_RESULT -> Optional.empty();
        };
    }

    private static Optional<String> playerAt(GameState state, Color color) {
        return state.seat(color).map(seat -> seat.playerId());
    }
}
