package dev.eschess.axon.computer;

import static dev.eschess.axon.computer.ComputerGames.REPLY_WITHIN;
import static dev.eschess.axon.computer.ComputerGames.awaitVersion;
import static dev.eschess.axon.computer.ComputerGames.events;
import static dev.eschess.axon.computer.ComputerGames.personMoves;
import static dev.eschess.axon.computer.ComputerGames.seatedAgainstTheComputer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.chess.Color;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The computer's process manager across processes on one PostgreSQL: an instance that fails after the computer's
 * reply was decided and sent, before its batch committed, stores nothing, and the next instance makes the move; two
 * instances sharing the processor's segments move once per turn (ADR 0067).
 */
class ComputerOpponentOnPostgresTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Test
    void givenAnInstanceKilledAfterTheComputerThought_whenAnotherStarts_thenItMakesTheMoveOnce() {
        String database = SharedPostgres.jdbcUrl("axon_computer_" + DATABASES.incrementAndGet());
        String gameId;
        try (ConfigurableApplicationContext dying = start(database, KilledAfterTheReply.class)) {
            GameEngine engine = dying.getBean(GameEngine.class);
            gameId = seatedAgainstTheComputer(engine, Color.WHITE);
            personMoves(engine, gameId);

            await().atMost(REPLY_WITHIN).until(() -> KilledAfterTheReply.KILLS.get() > 0);
            assertThat(engine.current(gameId).orElseThrow().version()).isEqualTo(3);
        }

        try (ConfigurableApplicationContext restarted = start(database)) {
            GameEngine engine = restarted.getBean(GameEngine.class);

            awaitVersion(engine, gameId, 4);

            List<RecordedGameEvent> events = events(engine, gameId);
            assertThat(events).hasSize(4);
            assertThat(events.get(3).event()).isInstanceOfSatisfying(MovePlayed.class,
                    move -> assertThat(move.color()).isEqualTo(Color.BLACK));
        }
    }

    @Test
    void givenTwoInstancesSharingTheSegments_whenPeopleMoveThroughBoth_thenTheComputerMovesOncePerTurn() {
        String database = SharedPostgres.jdbcUrl("axon_computer_" + DATABASES.incrementAndGet());
        int games = 4;
        int turns = 3;
        try (ConfigurableApplicationContext first = start(database);
             ConfigurableApplicationContext second = start(database)) {
            handHalfTheSegmentsOver(first, second);
            List<GameEngine> instances = List.of(first.getBean(GameEngine.class), second.getBean(GameEngine.class));
            List<String> gameIds = new ArrayList<>();
            for (int game = 0; game < games; game++) {
                gameIds.add(seatedAgainstTheComputer(instances.get(game % 2), Color.WHITE));
            }

            for (int turn = 0; turn < turns; turn++) {
                for (int game = 0; game < games; game++) {
                    GameEngine through = instances.get((game + turn) % 2);
                    personMoves(through, gameIds.get(game));
                }
                for (String gameId : gameIds) {
                    awaitVersion(instances.get(turn % 2), gameId, 2 + 2L * (turn + 1));
                }
            }

            for (String gameId : gameIds) {
                List<RecordedGameEvent> events = events(instances.getFirst(), gameId);
                assertThat(events).hasSize(2 + 2 * turns);
                for (RecordedGameEvent recorded : events.subList(2, events.size())) {
                    Color mover = recorded.version() % 2 == 1 ? Color.WHITE : Color.BLACK;
                    assertThat(recorded.event()).isInstanceOfSatisfying(MovePlayed.class,
                            move -> assertThat(move.color()).isEqualTo(mover));
                }
            }
        }
    }

    /**
     * The first instance claims every segment of the computer's processor on start; it releases half of them, for a
     * minute, so that the second claims them and both instances think.
     */
    private static void handHalfTheSegmentsOver(ConfigurableApplicationContext first,
                                                ConfigurableApplicationContext second) {
        StreamingEventProcessor owner = processor(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> owner.processingStatus().size()
                == ComputerOpponentProcess.SEGMENTS);
        for (int segment = 0; segment < ComputerOpponentProcess.SEGMENTS / 2; segment++) {
            owner.releaseSegment(segment, 1, TimeUnit.MINUTES);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processor(second).processingStatus().size()
                == ComputerOpponentProcess.SEGMENTS / 2);
    }

    private static StreamingEventProcessor processor(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ComputerOpponentProcess.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static ConfigurableApplicationContext start(String database, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(AxonGameServer.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .profiles("postgres")
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                        "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
    }

    /**
     * A test-only fault: every batch of the computer's processor in which the computer sent a command fails after
     * the handler returned, as if the process died between thinking and committing. Registered only as a source of
     * the dying instance (no stereotype: component scanning must not find it).
     */
    static class KilledAfterTheReply {

        static final AtomicInteger KILLS = new AtomicInteger();
        private static final ThreadLocal<Integer> SENT = ThreadLocal.withInitial(() -> 0);

        @Autowired
        void countTheComputersCommands(CommandBus commandBus) {
            commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                Object command = unitOfWork.getMessage().getPayload();
                if (command instanceof GameCommand game && ComputerSeat.fromPlayerId(game.playerId()).isPresent()) {
                    SENT.set(SENT.get() + 1);
                }
                return chain.proceed();
            });
        }

        @Autowired
        void failTheBatchAfterTheReply(EventProcessingConfigurer processing) {
            processing.registerHandlerInterceptor(ComputerOpponentProcess.PROCESSING_GROUP,
                    configuration -> (unitOfWork, chain) -> {
                        SENT.set(0);
                        Object result = chain.proceed();
                        if (SENT.get() > 0) {
                            KILLS.incrementAndGet();
                            throw new IllegalStateException("killed after the computer's reply was sent");
                        }
                        return result;
                    });
        }
    }
}
