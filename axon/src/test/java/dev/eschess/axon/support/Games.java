package dev.eschess.axon.support;

import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.ExecutedCommand;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import java.time.Instant;
import java.util.UUID;

/** Plays games through the real command service, for tests: white is "alice", black is "bob". */
public final class Games {

    public static final String WHITE = "alice";
    public static final String BLACK = "bob";
    public static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final AxonGameCommands commands;

    public Games(AxonGameCommands commands) {
        this.commands = commands;
    }

    /** A fresh game id. */
    public static String newGameId() {
        return "game-" + UUID.randomUUID();
    }

    /** A started game (created by white, joined by black), version 2. */
    public String started() {
        String gameId = newGameId();
        commands.execute(CreateGame.standard(gameId, WHITE, "Alice", Color.WHITE, AT), SendOptions.none());
        commands.execute(new JoinGame(gameId, BLACK, "Bob", AT), SendOptions.none());
        return gameId;
    }

    /** Plays the moves, alternating from white, each as its player. */
    public ExecutedCommand play(String gameId, String... moves) {
        ExecutedCommand last = null;
        for (int i = 0; i < moves.length; i++) {
            last = move(gameId, i % 2 == 0 ? WHITE : BLACK, moves[i], SendOptions.none());
        }
        return last;
    }

    /** One move by the given player. */
    public ExecutedCommand move(String gameId, String player, String move, SendOptions options) {
        return commands.execute(new MakeMove(gameId, player, move, AT), options);
    }
}
