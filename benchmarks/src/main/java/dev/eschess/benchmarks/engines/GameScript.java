package dev.eschess.benchmarks.engines;

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
import java.util.List;
import java.util.Objects;

/**
 * One whole game as the commands that played it, every one accepted by the decider in turn.
 *
 * @param name     where it comes from (a seed, a scenario)
 * @param commands the commands in order, all for one game id
 */
public record GameScript(String name, List<GameCommand> commands) {

    public GameScript {
        Objects.requireNonNull(name, "name");
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("a game script needs at least one command");
        }
    }

    /** The same commands for the game {@code gameId}, so that a script can be replayed on a fresh stream. */
    public List<GameCommand> forGame(String gameId) {
        return commands.stream().map(command -> withGameId(command, gameId)).toList();
    }

    private static GameCommand withGameId(GameCommand command, String id) {
        return switch (command) {
            case CreateGame c -> new CreateGame(id, c.playerId(), c.playerName(), c.color(), c.startFen(),
                    c.timeControl(), c.requestedAt());
            case JoinGame c -> new JoinGame(id, c.playerId(), c.playerName(), c.requestedAt());
            case MakeMove c -> new MakeMove(id, c.playerId(), c.move(), c.requestedAt());
            case Resign c -> new Resign(id, c.playerId(), c.requestedAt());
            case OfferDraw c -> new OfferDraw(id, c.playerId(), c.requestedAt());
            case AcceptDraw c -> new AcceptDraw(id, c.playerId(), c.requestedAt());
            case DeclineDraw c -> new DeclineDraw(id, c.playerId(), c.requestedAt());
            case ClaimDraw c -> new ClaimDraw(id, c.playerId(), c.requestedAt());
            case AbortGame c -> new AbortGame(id, c.playerId(), c.requestedAt());
            case FlagFall c -> new FlagFall(id, c.requestedAt());
            case ExpireWaitingGame c -> new ExpireWaitingGame(id, c.requestedAt());
        };
    }
}
