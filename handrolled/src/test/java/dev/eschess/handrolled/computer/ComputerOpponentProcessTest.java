package dev.eschess.handrolled.computer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.chess.Color;
import dev.eschess.engine.opponent.ComputerOpponent;
import dev.eschess.engine.opponent.ComputerReply;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.GameState;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.app.ComputerTurnHandler;
import dev.eschess.handrolled.app.HandrolledGameServer;
import dev.eschess.handrolled.core.deadline.Deadline;
import dev.eschess.handrolled.core.deadline.JdbcDeadlines;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.projection.SubscriptionLifecycle;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The computer opponent's process manager in the hand-rolled server (issue 16, ADR 0066): games are played through
 * the server's {@link GameEngine} as the HTTP API plays them, against whole instances on H2 or on one embedded
 * PostgreSQL; the computer plays at level 1, which thinks for milliseconds.
 */
class ComputerOpponentProcessTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(10);
    private static final ComputerSeat COMPUTER = ComputerSeat.atLevel(1);
    /** Legal for White whatever Black answers in between (no black piece reaches f3, d3 or c4 in two moves). */
    private static final List<String> PERSON_AS_WHITE = List.of("e2e4", "g1f3", "f1c4");

    @Test
    void givenAComputerAtLevelOneAsBlack_whenThePersonMoves_thenItsReplyIsStoredWithinSeconds() {
        try (ConfigurableApplicationContext server = onH2(2, Optional.empty())) {
            Game game = Game.start(engine(server), Color.WHITE);

            game.personMoves("e2e4");

            FoldedGame replied = game.await(state -> movesOf(state, Color.BLACK) == 1);
            assertThat(replied.state().sideToMove()).isEqualTo(Color.WHITE);
            assertThat(game.events()).filteredOn(MovePlayed.class::isInstance).hasSize(2);
        }
    }

    @Test
    void givenTheComputerTakesWhite_whenItJoins_thenItOpensTheGame() {
        try (ConfigurableApplicationContext server = onH2(2, Optional.empty())) {
            Game game = Game.start(engine(server), Color.BLACK);

            FoldedGame opened = game.await(state -> movesOf(state, Color.WHITE) == 1);

            assertThat(opened.state().sideToMove()).isEqualTo(Color.BLACK);
            assertThat(opened.version()).as("created, joined, the computer's first move").isEqualTo(3);
        }
    }

    @Test
    void givenTheComputerHasReplied_whenItsTurnsAreRebuiltFromTheWholeLog_thenNoSecondReplyIsStored() {
        try (ConfigurableApplicationContext server = onH2(2, Optional.empty())) {
            Game game = Game.start(engine(server), Color.WHITE);
            game.personMoves("e2e4");
            long replied = game.await(state -> movesOf(state, Color.BLACK) == 1).version();

            server.getBean("computerTurnScheduling", SubscriptionLifecycle.class).rebuild();

            awaitCaughtUp(server);
            assertThat(turnOf(server, game)).as("the person is to move: no turn to claim").isEmpty();
            assertThat(engine(server).current(game.id).orElseThrow().version()).isEqualTo(replied);
        }
    }

    @Test
    void givenTheComputerHasReplied_whenTheSameTurnIsPlayedAgainWithTheReplyThoughtBefore_thenNothingMoreIsStored() {
        Recording recording = new Recording();
        try (ConfigurableApplicationContext server = onH2(2, Optional.of(recording))) {
            Game game = Game.start(engine(server), Color.WHITE);
            game.personMoves("e2e4");
            long replied = game.await(state -> movesOf(state, Color.BLACK) == 1).version();
            ComputerReply thoughtBefore = recording.replies.getFirst();

            // As a second runner would, had it thought about the same turn: the same command id, the same version.
            new ComputerTurnHandler(engine(server), (state, clock) -> Optional.of(thoughtBefore), Instant::now)
                    .fire(new Deadline(GameStreamNames.streamId(game.id), ComputerTurns.KIND, UUID.randomUUID(),
                            Instant.now(), 0), Instant.now());

            assertThat(engine(server).current(game.id).orElseThrow().version()).isEqualTo(replied);
            assertThat(game.events()).filteredOn(MovePlayed.class::isInstance).hasSize(2);
        }
    }

    @Test
    void givenThePersonOffersADraw_whenTheComputerSeesIt_thenItAnswersBeforeAnythingElse() {
        try (ConfigurableApplicationContext server = onH2(2, Optional.empty())) {
            Game game = Game.start(engine(server), Color.WHITE);
            game.personMoves("e2e4");
            game.await(state -> movesOf(state, Color.BLACK) == 1);

            game.execute(new OfferDraw(game.id, game.person, Instant.now()));

            game.await(state -> state.state().drawOffer().isEmpty());
            List<GameEvent> events = game.events();
            GameEvent answer = events.get(events.indexOf(events.stream()
                    .filter(DrawOffered.class::isInstance).findFirst().orElseThrow()) + 1);
            assertThat(answer).isInstanceOfAny(DrawOfferDeclined.class, GameEnded.class);
        }
    }

    @Test
    void givenThePersonIsToMove_whenTheyAbandonTheGame_thenNoTurnWaitsAndNothingThinks() {
        Recording recording = new Recording();
        try (ConfigurableApplicationContext server = onH2(2, Optional.of(recording))) {
            Game game = Game.start(engine(server), Color.BLACK);
            game.await(state -> movesOf(state, Color.WHITE) == 1);

            awaitCaughtUp(server);

            assertThat(turnOf(server, game)).isEmpty();
            assertThat(recording.asked).as("asked once, for the opening").hasValue(1);
        }
    }

    @Test
    void givenTheOnlyInstanceIsKilledWhileThinking_whenTheServerIsBack_thenTheComputerMoves() throws Exception {
        String database = SharedPostgres.newDatabaseUrl("handrolled_computer");
        StuckThinking stuck = new StuckThinking();
        Game game;
        try (ConfigurableApplicationContext doomed = onPostgres(database + "&ApplicationName=doomed", 1,
                Optional.of(stuck))) {
            game = Game.start(engine(doomed), Color.WHITE);
            game.personMoves("e2e4");
            assertThat(stuck.thinking.await(10, TimeUnit.SECONDS)).as("the computer is thinking").isTrue();

            // The database ends the instance's sessions as it does when the process dies: its transactions roll back.
            terminateSessions(database, "doomed");
            stuck.killed.countDown();
        }
        try (HikariDataSource inspection = SharedPostgres.pool(database)) {
            assertThat(new JdbcDeadlines(inspection).find(GameStreamNames.streamId(game.id), ComputerTurns.KIND))
                    .as("the turn outlives the instance").isPresent();
        }

        try (ConfigurableApplicationContext restarted = onPostgres(database, 2, Optional.empty())) {
            Game again = game.on(engine(restarted));

            again.await(state -> movesOf(state, Color.BLACK) == 1);

            assertThat(again.events()).filteredOn(MovePlayed.class::isInstance).hasSize(2);
        }
    }

    @Test
    void givenTwoInstancesOnOneDatabase_whenPeoplePlaySeveralGames_thenTheComputerMovesExactlyOncePerTurn() {
        String database = SharedPostgres.newDatabaseUrl("handrolled_computer");
        Recording first = new Recording();
        Recording second = new Recording();
        try (ConfigurableApplicationContext one = onPostgres(database, 2, Optional.of(first));
             ConfigurableApplicationContext two = onPostgres(database, 2, Optional.of(second))) {
            List<GameEngine> instances = List.of(engine(one), engine(two));
            List<Game> games = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                games.add(Game.start(instances.get(i % 2), Color.WHITE));
            }
            for (int turn = 0; turn < PERSON_AS_WHITE.size(); turn++) {
                for (int i = 0; i < games.size(); i++) {
                    games.get(i).on(instances.get((i + turn) % 2)).personMoves(PERSON_AS_WHITE.get(turn));
                }
                int replies = turn + 1;
                games.forEach(game -> game.await(state -> movesOf(state, Color.BLACK) == replies));
            }

            for (Game game : games) {
                assertThat(game.events()).filteredOn(MovePlayed.class::isInstance).map(e -> ((MovePlayed) e).color())
                        .containsExactly(Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK);
            }
            int turns = games.size() * PERSON_AS_WHITE.size();
            assertThat(first.replies.size() + second.replies.size()).as("replies thought out").isEqualTo(turns);
            System.out.printf("computer: two hand-rolled instances played %d turns once each, split %d/%d%n", turns,
                    first.replies.size(), second.replies.size());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A game of a person against the computer, played through one instance's engine. */
    private record Game(GameEngine engine, String id, String person) {

        /** The person creates a game with {@code personColor} and the computer joins it. */
        static Game start(GameEngine engine, Color personColor) {
            String id = UUID.randomUUID().toString();
            String person = "person-" + UUID.randomUUID();
            Game game = new Game(engine, id, person);
            game.execute(CreateGame.standard(id, person, "Ada", personColor, Instant.now()));
            game.execute(new JoinGame(id, COMPUTER.playerId(), COMPUTER.playerName(), Instant.now()));
            return game;
        }

        Game on(GameEngine other) {
            return new Game(other, id, person);
        }

        void personMoves(String uci) {
            execute(new MakeMove(id, person, uci, Instant.now()));
        }

        void execute(GameCommand command) {
            CommandOutcome outcome = engine.execute(command, CommandOptions.none());
            assertThat(outcome).as("%s", command).isInstanceOf(CommandOutcome.Applied.class);
        }

        List<GameEvent> events() {
            return engine.events(id, 0, 1_000).stream().map(RecordedGameEvent::event).toList();
        }

        /** Polls the game every 20 ms until it matches; fails after a few seconds. */
        FoldedGame await(Predicate<FoldedGame> matches) {
            long deadline = System.nanoTime() + A_FEW_SECONDS.toNanos();
            FoldedGame last = engine.current(id).orElseThrow();
            while (!matches.test(last) && System.nanoTime() < deadline) {
                pause();
                last = engine.current(id).orElseThrow();
            }
            assertThat(matches.test(last)).as("game %s within %s: %s", id, A_FEW_SECONDS, events()).isTrue();
            return last;
        }
    }

    /** The shared policy, keeping what it was asked and what it replied. */
    private static final class Recording implements ComputerReplies {
        final AtomicInteger asked = new AtomicInteger();
        final List<ComputerReply> replies = new CopyOnWriteArrayList<>();

        @Override
        public Optional<ComputerReply> reply(GameState game, InstantSource clock) {
            asked.incrementAndGet();
            Optional<ComputerReply> reply = ComputerOpponent.reply(game, clock);
            reply.ifPresent(replies::add);
            return reply;
        }
    }

    /** A computer that thinks until its process is killed, and then never replies. */
    private static final class StuckThinking implements ComputerReplies {
        final CountDownLatch thinking = new CountDownLatch(1);
        final CountDownLatch killed = new CountDownLatch(1);

        @Override
        public Optional<ComputerReply> reply(GameState game, InstantSource clock) {
            thinking.countDown();
            try {
                killed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("killed while thinking");
        }
    }

    private static int movesOf(FoldedGame game, Color color) {
        GameState state = game.state();
        int plies = state.ply();
        // White moves first from the standard start: White has made ceil(plies / 2) moves, Black floor(plies / 2).
        return color == Color.WHITE ? (plies + 1) / 2 : plies / 2;
    }

    private static ConfigurableApplicationContext onH2(int threads, Optional<ComputerReplies> replies) {
        return start(H2Databases.newFileUrl("computer") + ";DB_CLOSE_ON_EXIT=FALSE", false, threads, replies);
    }

    private static ConfigurableApplicationContext onPostgres(String url, int threads,
                                                             Optional<ComputerReplies> replies) {
        return start(url, true, threads, replies);
    }

    /** One instance of the server on a free port; a test's policy replaces the engine's when given. */
    private static ConfigurableApplicationContext start(String url, boolean postgres, int threads,
                                                        Optional<ComputerReplies> replies) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(HandrolledGameServer.class);
        if (postgres) {
            builder.profiles("postgres");
        }
        replies.ifPresent(policy -> builder.initializers(context ->
                context.getBeanFactory().registerSingleton("testComputerReplies", policy)));
        return builder.run("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                "--spring.datasource.password=", "--eschess.computer.threads=" + threads);
    }

    private static GameEngine engine(ConfigurableApplicationContext server) {
        return server.getBean(GameEngine.class);
    }

    private static Optional<Deadline> turnOf(ConfigurableApplicationContext server, Game game) {
        return new JdbcDeadlines(server.getBean(DataSource.class))
                .find(GameStreamNames.streamId(game.id), ComputerTurns.KIND);
    }

    /** Waits until the computer's projection has applied every event stored so far. */
    private static void awaitCaughtUp(ConfigurableApplicationContext server) {
        ComputerTurns turns = server.getBean(ComputerTurns.class);
        long head = server.getBean(EventStore.class).headPosition();
        long deadline = System.nanoTime() + A_FEW_SECONDS.toNanos();
        while (turns.checkpoint() < head && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(turns.checkpoint()).as("the computer's projection caught up").isGreaterThanOrEqualTo(head);
    }

    private static void terminateSessions(String database, String applicationName) throws SQLException {
        try (HikariDataSource admin = SharedPostgres.pool(database);
             Connection connection = admin.getConnection();
             PreparedStatement terminate = connection.prepareStatement(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            terminate.setString(1, applicationName);
            terminate.execute();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
