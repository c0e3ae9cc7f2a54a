package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 5 of the tour (docs/tour/5-beyond.md), on Axon: a tracking event processor follows the global log from its
 * token, and the server's time travel folds a game up to an earlier version. Axon's store and token store are in
 * memory here; the server keeps both in its database.
 */
class Chapter5AxonBeyondTest {

    private static final String OTHER_GAME = "other-game";
    private static final CreateGame CREATE_OTHER_GAME =
            CreateGame.standard(OTHER_GAME, "carol", "Carol", Color.WHITE, at(60));

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final TokenStore tokens = new InMemoryTokenStore();
    private TrackingEventProcessor processor;

    @BeforeEach
    void foolsMateAndThenAnotherGameAreStored() {
        store(GAME, FoolsMate.events());
        store(OTHER_GAME, decided(List.of(CREATE_OTHER_GAME)));
    }

    @AfterEach
    void stopTheProcessor() {
        if (processor != null) {
            processor.shutDown();
        }
        store.shutDown();
    }

    // tag::tour-ch5-axon-catch-up[]
    @Test
    void givenANewProcessor_whenItHasCaughtUp_thenItHasAppliedTheWholeLogAndItsTokenIsAtTheHead() {
        AxonMovesPerGame projection = new AxonMovesPerGame();
        processor = startProcessor(projection);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tokenPosition()).hasValue(7));
        assertThat(projection.movesIn(GAME)).isEqualTo(4);
    }

    @Test
    void givenAProcessorThatStoppedAtTheHead_whenItStartsAgainAfterAMove_thenItAppliesOnlyTheEventsAfterItsToken() {
        processor = startProcessor(new AxonMovesPerGame());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tokenPosition()).hasValue(7));
        processor.shutDown();
        store(OTHER_GAME, davesJoinAndCarolsFirstMove(), 1);

        AxonMovesPerGame restarted = new AxonMovesPerGame();
        processor = startProcessor(restarted);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tokenPosition()).hasValue(9));
        assertThat(restarted.movesIn(OTHER_GAME)).isEqualTo(1);
        assertThat(restarted.movesIn(GAME)).isZero();
    }

    /** A tracking processor named "moves-per-game" feeding {@code projection}, keeping its token in {@code tokens}. */
    private TrackingEventProcessor startProcessor(AxonMovesPerGame projection) {
        TrackingEventProcessor started = TrackingEventProcessor.builder()
                .name("moves-per-game")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projection).build())
                .messageSource(store)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing())
                .build();
        started.start();
        return started;
    }
    // end::tour-ch5-axon-catch-up[]

    // tag::tour-ch5-axon-time-travel[]
    @Test
    void givenAFinishedGame_whenTheServersHistoryLoadsItAtVersion4_thenItIsTheGameAfterItsFirstTwoMoves() {
        AxonGameHistory history = new AxonGameHistory(storage, 100);

        GameState then = history.at(GAME, 4).orElseThrow().state();

        assertThat(then.status()).isEqualTo(GameStatus.ACTIVE);
        assertThat(then.sanMoves()).containsExactly("f3", "e5");
        assertThat(then.position().fen()).isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/8/5P2/PPPPP1PP/RNBQKBNR w KQkq - 0 2");
    }
    // end::tour-ch5-axon-time-travel[]

    /** The position in the global log of the processor's token; Axon's in-memory store counts from 0. */
    private OptionalLong tokenPosition() {
        TrackingToken token = tokens.fetchToken("moves-per-game", 0);
        return token == null ? OptionalLong.empty() : token.position();
    }

    /** The other game's events after its creation (already stored): Dave joins, Carol plays e4. */
    private static List<GameEvent> davesJoinAndCarolsFirstMove() {
        List<GameEvent> all = decided(List.of(CREATE_OTHER_GAME, new JoinGame(OTHER_GAME, "dave", "Dave", at(70)),
                new MakeMove(OTHER_GAME, "carol", "e4", at(80))));
        return all.subList(1, all.size());
    }

    /** The events the decider decides for {@code commands}, each on the state the ones before it left. */
    private static List<GameEvent> decided(List<GameCommand> commands) {
        GameDecider decider = new GameDecider();
        GameState state = decider.initialState();
        List<GameEvent> events = new ArrayList<>();
        for (GameCommand command : commands) {
            for (GameEvent event : decider.decide(command, state)) {
                state = decider.evolve(state, event);
                events.add(event);
            }
        }
        return events;
    }

    /** Appends a game's events as its aggregate would: type "Game", sequence numbers from 0. */
    private void store(String gameId, List<GameEvent> events) {
        store(gameId, events, 0);
    }

    /** Appends a game's events as its aggregate would, the first at sequence number {@code firstSequence}. */
    private void store(String gameId, List<GameEvent> events, long firstSequence) {
        List<DomainEventMessage<GameEvent>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(GameAggregate.TYPE, gameId, firstSequence + i,
                    events.get(i)));
        }
        store.publish(messages);
    }
}
