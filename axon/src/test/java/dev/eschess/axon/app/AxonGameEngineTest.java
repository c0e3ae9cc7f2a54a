package dev.eschess.axon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2AxonTest;
import dev.eschess.chess.Color;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.RecordedGameEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The port's outcomes, as the web module reads them, from the Axon engine. */
@H2AxonTest
class AxonGameEngineTest {

    @Autowired
    AxonGameEngine engine;

    private String started() {
        String gameId = Games.newGameId();
        engine.execute(CreateGame.standard(gameId, Games.WHITE, "Alice", Color.WHITE, Games.AT), CommandOptions.none());
        engine.execute(new JoinGame(gameId, Games.BLACK, "Bob", Games.AT), CommandOptions.none());
        return gameId;
    }

    @Test
    void anAppliedMoveCarriesItsEventsWithTheirVersions() {
        String gameId = started();

        CommandOutcome outcome = engine.execute(new MakeMove(gameId, Games.WHITE, "e4", Games.AT),
                CommandOptions.none());

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Applied.class, applied -> {
            assertThat(applied.version()).isEqualTo(3);
            assertThat(applied.appended()).extracting(RecordedGameEvent::version).containsExactly(3L);
            assertThat(applied.state().sanMoves()).containsExactly("e4");
        });
    }

    @Test
    void aRetriedCommandIdIsAlreadyAppliedAtTheCurrentVersion() {
        String gameId = started();
        CommandOptions once = new CommandOptions(Optional.empty(), Optional.of("c-1"));
        engine.execute(new MakeMove(gameId, Games.WHITE, "e4", Games.AT), once);
        engine.execute(new MakeMove(gameId, Games.BLACK, "e5", Games.AT), CommandOptions.none());

        CommandOutcome retry = engine.execute(new MakeMove(gameId, Games.WHITE, "e4", Games.AT), once);

        assertThat(retry).isInstanceOfSatisfying(CommandOutcome.AlreadyApplied.class, already -> {
            assertThat(already.version()).isEqualTo(4);
            assertThat(already.state().sanMoves()).containsExactly("e4", "e5");
        });
        assertThat(engine.events(gameId, 0, 100)).hasSize(4);
    }

    @Test
    void aRefusedCommandIsRejectedWithTheDecidersReason() {
        String gameId = started();

        CommandOutcome outcome = engine.execute(new MakeMove(gameId, Games.BLACK, "e5", Games.AT),
                CommandOptions.none());

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
    }

    @Test
    void aStalePinnedVersionIsAVersionMismatch() {
        String gameId = started();

        CommandOutcome outcome = engine.execute(new MakeMove(gameId, Games.WHITE, "e4", Games.AT),
                new CommandOptions(Optional.of(1L), Optional.empty()));

        assertThat(outcome).isEqualTo(new CommandOutcome.VersionMismatch(1, 2));
    }

    @Test
    void anUnknownGameHasNoEventsAndIsNotFound() {
        CommandOutcome outcome = engine.execute(new MakeMove("no-such-game", Games.WHITE, "e4", Games.AT),
                CommandOptions.none());

        assertThat(engine.events("no-such-game", 0, 100)).isEmpty();
        assertThat(engine.current("no-such-game")).isEmpty();
        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.GAME_NOT_FOUND));
    }

    @Test
    void eventsArePagedByTheVersionAfterWhichTheyStart() {
        String gameId = started();

        assertThat(engine.events(gameId, 0, 1)).extracting(RecordedGameEvent::version).containsExactly(1L);
        assertThat(engine.events(gameId, 1, 9)).extracting(RecordedGameEvent::version).containsExactly(2L);
        assertThat(engine.events(gameId, 0, 9)).hasSize(2);
        assertThat(engine.events(gameId, 2, 9)).isEmpty();
    }

    @Test
    void theGameIsReadNowAndAsOfAnEarlierVersionWithoutTheWebModuleFolding() {
        String gameId = started();
        engine.execute(new MakeMove(gameId, Games.WHITE, "e4", Games.AT), CommandOptions.none());

        assertThat(engine.current(gameId)).hasValueSatisfying(game -> {
            assertThat(game.version()).isEqualTo(3);
            assertThat(game.state().sanMoves()).containsExactly("e4");
        });
        assertThat(engine.at(gameId, 2)).hasValueSatisfying(game -> {
            assertThat(game.version()).isEqualTo(2);
            assertThat(game.state().sanMoves()).isEmpty();
        });
        assertThat(engine.at(gameId, 4)).isEmpty();
    }

    @Test
    void itDescribesItselfAsAxonOnH2() {
        assertThat(engine.describe().variant()).isEqualTo("axon");
        assertThat(engine.describe().eventStore()).isEqualTo("h2");
    }
}
