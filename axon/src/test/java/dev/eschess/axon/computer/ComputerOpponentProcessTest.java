package dev.eschess.axon.computer;

import static dev.eschess.axon.computer.ComputerGames.PERSON;
import static dev.eschess.axon.computer.ComputerGames.applied;
import static dev.eschess.axon.computer.ComputerGames.awaitVersion;
import static dev.eschess.axon.computer.ComputerGames.events;
import static dev.eschess.axon.computer.ComputerGames.personMoves;
import static dev.eschess.axon.computer.ComputerGames.seatedAgainstTheComputer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.support.H2AxonTest;
import dev.eschess.chess.Color;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The computer's process manager in the Axon application on H2: it answers the person's moves and draw offers, opens
 * as white, answers a redelivered event with nothing, and keeps no thread while the person is to move (ADR 0067).
 */
@H2AxonTest
class ComputerOpponentProcessTest {

    @Autowired
    private GameEngine engine;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void givenTheComputerSeatedAtLevelOne_whenThePersonMoves_thenTheComputersMoveIsStoredWithinSeconds() {
        String gameId = seatedAgainstTheComputer(engine, Color.WHITE);

        personMoves(engine, gameId);

        FoldedGame game = awaitVersion(engine, gameId, 4);
        assertThat(game.version()).isEqualTo(4);
        assertThat(events(engine, gameId).get(3).event())
                .isInstanceOfSatisfying(MovePlayed.class, move -> assertThat(move.color()).isEqualTo(Color.BLACK));
        assertThat(game.state().sideToMove()).isEqualTo(Color.WHITE);
    }

    @Test
    void givenThePersonPlaysBlack_whenTheComputerJoins_thenTheComputerOpens() {
        String gameId = seatedAgainstTheComputer(engine, Color.BLACK);

        FoldedGame game = awaitVersion(engine, gameId, 3);

        assertThat(game.version()).isEqualTo(3);
        assertThat(events(engine, gameId).get(2).event())
                .isInstanceOfSatisfying(MovePlayed.class, move -> assertThat(move.color()).isEqualTo(Color.WHITE));
    }

    @Test
    void givenTheComputerHasReplied_whenItsEventsAreDeliveredAgain_thenItMakesNoSecondMove() {
        Instant beforeTheGame = Instant.now().minusSeconds(1);
        String gameId = seatedAgainstTheComputer(engine, Color.WHITE);
        personMoves(engine, gameId);
        awaitVersion(engine, gameId, 4);
        List<GameEvent> before = events(engine, gameId).stream().map(RecordedGameEvent::event).toList();

        StreamingEventProcessor processor = processing
                .eventProcessor(ComputerOpponentProcess.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens(source -> source.createTokenAt(beforeTheGame));
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> replayedToTheEnd(processor.processingStatus()));

        assertThat(engine.current(gameId).orElseThrow().version()).isEqualTo(4);
        assertThat(events(engine, gameId).stream().map(RecordedGameEvent::event).toList()).isEqualTo(before);
    }

    @Test
    void givenTheComputerHasOpened_whenThePersonOffersADraw_thenTheComputerAnswersIt() {
        String gameId = seatedAgainstTheComputer(engine, Color.BLACK);
        awaitVersion(engine, gameId, 3);

        applied(engine, new OfferDraw(gameId, PERSON, Instant.now()));

        FoldedGame game = awaitVersion(engine, gameId, 5);
        assertThat(game.state().drawOffer()).isEmpty();
        GameEvent answer = events(engine, gameId).get(4).event();
        assertThat(answer).satisfiesAnyOf(
                event -> assertThat(event).isInstanceOfSatisfying(DrawOfferDeclined.class,
                        declined -> assertThat(declined.declinedBy()).isEqualTo(Color.WHITE)),
                event -> assertThat(event).isInstanceOfSatisfying(GameEnded.class,
                        ended -> assertThat(ended.reason()).isEqualTo(EndReason.DRAW_AGREEMENT)));
    }

    @Test
    void givenThePersonIsToMove_thenNoThreadIsBusyWithTheGame() {
        String gameId = seatedAgainstTheComputer(engine, Color.BLACK);
        awaitVersion(engine, gameId, 3);
        assertThat(workers()).as("the computer's workers, which made its opening move").isNotEmpty();

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> workers().stream().noneMatch(ComputerOpponentProcessTest::insideTheProcessManager));
        assertThat(engine.current(gameId).orElseThrow().version()).isEqualTo(3);
    }

    private static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(ComputerOpponentProcess.WORKER_THREADS))
                .toList();
    }

    private static boolean insideTheProcessManager(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().startsWith(ComputerOpponentProcess.class.getName())
                        || frame.getClassName().startsWith("dev.eschess.engine."));
    }

    private static boolean replayedToTheEnd(Map<Integer, EventTrackerStatus> status) {
        return status.size() == ComputerOpponentProcess.SEGMENTS && status.values().stream()
                .allMatch(segment -> segment.isCaughtUp() && !segment.isReplaying());
    }
}
