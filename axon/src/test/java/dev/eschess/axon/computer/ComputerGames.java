package dev.eschess.axon.computer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.chess.Color;
import dev.eschess.engine.ComputerPlayer;
import dev.eschess.engine.level.Level;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.GameState;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Games between a person ("ada") and the computer at level 1, played through the application's {@link GameEngine}
 * as the web module plays them: the person creates the game, the computer joins with its own player id.
 */
final class ComputerGames {

    static final String PERSON = "ada";
    static final ComputerSeat COMPUTER = ComputerSeat.atLevel(1);
    /** Level 1 answers in milliseconds; the rest is the processor's polling and the commit. */
    static final Duration REPLY_WITHIN = Duration.ofSeconds(10);

    private ComputerGames() {
    }

    /** A new game, the person at {@code personColor} and the computer seated at the other colour (version 2). */
    static String seatedAgainstTheComputer(GameEngine engine, Color personColor) {
        String gameId = "game-" + UUID.randomUUID();
        applied(engine, CreateGame.standard(gameId, PERSON, "Ada", personColor, Instant.now()));
        applied(engine, new JoinGame(gameId, COMPUTER.playerId(), COMPUTER.playerName(), Instant.now()));
        return gameId;
    }

    /** The person's move, chosen by a level-1 search so that it is legal in any position. */
    static void personMoves(GameEngine engine, String gameId) {
        GameState state = engine.current(gameId).orElseThrow().state();
        String move = ComputerPlayer.chooseMove(state.history(), Level.of(1), 7).uci();
        applied(engine, new MakeMove(gameId, PERSON, move, Instant.now()));
    }

    static CommandOutcome.Applied applied(GameEngine engine, GameCommand command) {
        CommandOutcome outcome = engine.execute(command, CommandOptions.none());
        assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
        return (CommandOutcome.Applied) outcome;
    }

    /** Waits until the game has reached {@code version}; returns it then. */
    static FoldedGame awaitVersion(GameEngine engine, String gameId, long version) {
        await().atMost(REPLY_WITHIN).pollInterval(Duration.ofMillis(20))
                .until(() -> engine.current(gameId).orElseThrow().version() >= version);
        return engine.current(gameId).orElseThrow();
    }

    /** Every event of the game, in order. */
    static List<RecordedGameEvent> events(GameEngine engine, String gameId) {
        return engine.events(gameId, 0, 10_000);
    }
}
