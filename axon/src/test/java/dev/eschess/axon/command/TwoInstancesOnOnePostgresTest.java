package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.axon.support.TestSettings;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.chess.Color;
import dev.eschess.game.GameRejection;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances (two Spring contexts, each with its own Axon configuration and aggregate locks) on one
 * PostgreSQL database. Axon's aggregate lock is per instance, so here only the unique key on (aggregate id,
 * sequence number) can decide a race. A barrier holds both commands after deciding and before committing, so that
 * both really decide on the same version.
 */
class TwoInstancesOnOnePostgresTest {

    private static final String DATABASE = "axon_two_instances";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stopBoth() {
        second.close();
        first.close();
    }

    @RepeatedTest(5)
    void twoMovesRacingThroughTwoInstancesStoreExactlyOneAndTheUniqueKeyRejectsTheOther() throws Exception {
        String gameId = new Games(first.getBean(AxonGameCommands.class)).started();

        List<Outcome> outcomes = raceAfterDeciding(
                () -> first.getBean(CommandGateway.class).sendAndWait(move(gameId, "e4")),
                () -> second.getBean(CommandGateway.class).sendAndWait(move(gameId, "d4")));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() instanceof ConcurrencyException).hasSize(1);
        assertThat(first.getBean(AxonGameHistory.class).events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
    }

    @Test
    void theLoserOfARaceIsDecidedAgainOnFreshStateWhenNobodyPinnedAVersion() throws Exception {
        String gameId = new Games(first.getBean(AxonGameCommands.class)).started();

        List<Outcome> outcomes = raceAfterDeciding(
                () -> first.getBean(AxonGameCommands.class).execute(move(gameId, "e4"), SendOptions.none()),
                () -> second.getBean(AxonGameCommands.class).execute(move(gameId, "d4"), SendOptions.none()));

        // the loser's retry sees the winner's move: white is no longer to move
        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() instanceof GameRejection rejection
                && rejection.reason() == RejectionReason.NOT_YOUR_TURN).hasSize(1);
        assertThat(first.getBean(AxonGameHistory.class).events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
    }

    @Test
    void aRacingCommandThatIsStillLegalAfterTheWinnerIsAppliedAfterIt() throws Exception {
        String gameId = new Games(first.getBean(AxonGameCommands.class)).started();
        GameCommand offer = new OfferDraw(gameId, Games.BLACK, Games.AT);

        List<Outcome> outcomes = raceAfterDeciding(
                () -> first.getBean(AxonGameCommands.class).execute(move(gameId, "e4"), SendOptions.none()),
                () -> second.getBean(AxonGameCommands.class).execute(offer, SendOptions.none()));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(first.getBean(AxonGameHistory.class).events(gameId, 1, Long.MAX_VALUE)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void givenParticipantsOnTwoRacingCommands_whenTheLoserIsRetried_thenEachRunsOnceInTheAttemptThatCommits()
            throws Exception {
        String gameId = new Games(first.getBean(AxonGameCommands.class)).started();
        List<Long> moveRuns = new CopyOnWriteArrayList<>();
        List<Long> offerRuns = new CopyOnWriteArrayList<>();
        SendOptions moveOptions = SendOptions.none()
                .withParticipant((connection, receipt) -> moveRuns.add(receipt.applied().firstVersion()));
        SendOptions offerOptions = SendOptions.none()
                .withParticipant((connection, receipt) -> offerRuns.add(receipt.applied().firstVersion()));

        List<Outcome> outcomes = raceAfterDeciding(
                () -> first.getBean(AxonGameCommands.class).execute(move(gameId, "e4"), moveOptions),
                () -> second.getBean(AxonGameCommands.class).execute(
                        new OfferDraw(gameId, Games.BLACK, Games.AT), offerOptions));

        // Both decided at version 2; the loser's append failed before its participant, and its retry came after.
        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(moveRuns).hasSize(1);
        assertThat(offerRuns).hasSize(1);
        assertThat(List.of(moveRuns.getFirst(), offerRuns.getFirst())).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void twoCreatesOfOneGameRacingThroughTwoInstancesCreateItOnce() throws Exception {
        String gameId = Games.newGameId();
        CreateGame byAlice = CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, Games.AT);
        CreateGame byBob = CreateGame.standard(gameId, "bob", "Bob", Color.BLACK, Games.AT);

        List<Outcome> outcomes = raceAfterDeciding(
                () -> first.getBean(AxonGameCommands.class).execute(byAlice, SendOptions.none()),
                () -> second.getBean(AxonGameCommands.class).execute(byBob, SendOptions.none()));

        // the loser's first event collides on sequence 0; its retry finds the game and the decider refuses
        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() instanceof GameRejection rejection
                && rejection.reason() == RejectionReason.GAME_ALREADY_EXISTS).hasSize(1);
        assertThat(first.getBean(AxonGameHistory.class).events(gameId, 1, Long.MAX_VALUE)).hasSize(1);
    }

    @Test
    void aSegmentClaimedByOneInstanceCannotBeClaimedByTheOther() {
        String processor = "probe-" + UUID.randomUUID();
        inTransaction(first, () -> {
            first.getBean(TokenStore.class).initializeTokenSegments(processor, 1);
            first.getBean(TokenStore.class).fetchToken(processor, 0);
        });

        assertThatThrownBy(() -> inTransaction(second, () -> second.getBean(TokenStore.class).fetchToken(processor, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void gamesWrittenByBothInstancesGetDistinctGlobalIndexesAndReachBothProjections() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> gameIds;
        try {
            Future<List<String>> byFirst = pool.submit(() -> startGames(first, 10));
            Future<List<String>> bySecond = pool.submit(() -> startGames(second, 10));
            gameIds = new ArrayList<>(byFirst.get(60, TimeUnit.SECONDS));
            gameIds.addAll(bySecond.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        List<Long> indexes = jdbc.sql("SELECT global_index FROM domain_event_entry").query(Long.class).list();

        assertThat(indexes).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String gameId : gameIds) {
                assertThat(jdbc.sql("SELECT status FROM web_lobby_games WHERE game_id = :id").param("id", gameId)
                        .query(String.class).optional()).contains("active");
            }
        });
    }

    private static void inTransaction(ConfigurableApplicationContext instance, Runnable work) {
        instance.getBean(TransactionManager.class).executeInTransaction(work);
    }

    private static List<String> startGames(ConfigurableApplicationContext instance, int count) {
        Games games = new Games(instance.getBean(AxonGameCommands.class));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(games.started());
        }
        return ids;
    }

    private static MakeMove move(String gameId, String move) {
        return new MakeMove(gameId, Games.WHITE, move, Games.AT);
    }

    /** Runs both commands so that each waits, after its handler decided and before its commit, for the other. */
    private static List<Outcome> raceAfterDeciding(Callable<Object> inFirst, Callable<Object> inSecond)
            throws Exception {
        CyclicBarrier bothDecided = new CyclicBarrier(2);
        Registration firstHold = first.getBean(CommandBus.class).registerHandlerInterceptor(holdOnce(bothDecided));
        Registration secondHold = second.getBean(CommandBus.class).registerHandlerInterceptor(holdOnce(bothDecided));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> a = pool.submit(() -> Outcome.of(inFirst));
            Future<Outcome> b = pool.submit(() -> Outcome.of(inSecond));
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } finally {
            firstHold.cancel();
            secondHold.cancel();
            pool.shutdownNow();
        }
    }

    /** Holds the first command of this instance after its handler ran (events applied, not yet stored). */
    private static MessageHandlerInterceptor<CommandMessage<?>> holdOnce(CyclicBarrier barrier) {
        AtomicBoolean armed = new AtomicBoolean(true);
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (armed.getAndSet(false)) {
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other instance never decided", e);
                }
            }
            return result;
        };
    }

    private static ConfigurableApplicationContext start(String name) {
        // command-line arguments, so that they win over application-postgres.yml
        return new SpringApplicationBuilder(AxonGameServer.class)
                .web(WebApplicationType.NONE) // no HTTP server needed, and none on port 8080
                .profiles("postgres")
                .run("--spring.datasource.url=" + SharedPostgres.jdbcUrl(DATABASE),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.application.name=eschess-axon-" + name,
                        "--" + TestSettings.SNAPSHOT_EVERY);
    }

    /** What one racing command came to. */
    private record Outcome(Optional<Object> result, Throwable failure) {

        static Outcome of(Callable<Object> command) {
            try {
                return new Outcome(Optional.ofNullable(command.call()), null);
            } catch (Exception e) {
                return new Outcome(Optional.empty(), e);
            }
        }

        boolean succeeded() {
            return failure == null && result.filter(r -> r instanceof CommandReceipt || r instanceof ExecutedCommand)
                    .isPresent();
        }
    }
}
