package dev.eschess.handrolled.core.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.Resign;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.jdbc.JdbcSnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.support.GamesUnderTest;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subscriptions (point 7) on H2 and PostgreSQL: catch up from the checkpoint, follow live, continue after a
 * restart, rebuild from zero, and keep read model and checkpoint in one transaction.
 */
class GameSummarySubscriptionTest {

    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");

    /** Everything one test needs on a fresh database. */
    private record Setup(HikariDataSource dataSource, JdbcEventStore store, GamesUnderTest games) implements AutoCloseable {
        static Setup on(String backend) {
            HikariDataSource dataSource = backend.equals("h2")
                    ? H2Databases.newInMemory("subscriptions")
                    : SharedPostgres.newDatabase("subscriptions");
            SchemaMigrations.migrate(dataSource, GameSummaryProjection.LOCATION);
            JdbcEventStore store = new JdbcEventStore(dataSource);
            return new Setup(dataSource, store, new GamesUnderTest(store, new JdbcSnapshotStore(dataSource),
                    SnapshotPolicy.everyNEvents(10), Clock.systemUTC()));
        }

        GameSummaryProjection projection() {
            return new GameSummaryProjection(dataSource, GameSerialization.events());
        }

        SubscriptionRunner runner(Projection projection) {
            return new SubscriptionRunner(store, projection, 3, Duration.ofMillis(20));
        }

        void play(String gameId, String... moves) {
            games.handle(CreateGame.standard(gameId, gameId + "-w", "W " + gameId, Color.WHITE, T), HandlingOptions.NONE);
            games.handle(new JoinGame(gameId, gameId + "-b", "B " + gameId, T), HandlingOptions.NONE);
            move(gameId, moves);
        }

        void move(String gameId, String... moves) {
            for (String move : moves) {
                String player = games.game(gameId).state().sideToMove() == Color.WHITE ? gameId + "-w" : gameId + "-b";
                games.handle(new MakeMove(gameId, player, move, T), HandlingOptions.NONE);
            }
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }

    private static Optional<GameSummary> summary(GameSummaryProjection projection, String gameId) {
        return projection.all().stream().filter(s -> s.gameId().equals(gameId)).findFirst();
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRunnerCatchesUpFromItsCheckpointAndThenFollowsTheLogLive(String backend) throws Exception {
        try (Setup setup = Setup.on(backend)) {
            setup.play("one", "e4", "e5");
            setup.play("two", "d4");
            GameSummaryProjection projection = setup.projection();

            try (SubscriptionRunner runner = setup.runner(projection)) {
                assertThat(runner.catchUp()).isEqualTo(setup.store().headPosition());
                assertThat(projection.list("active", 10)).extracting(GameSummary::gameId)
                        .containsExactlyInAnyOrder("one", "two");

                runner.start();
                setup.move("one", "Nf3");
                setup.games().handle(new Resign("two", "two-b", T), HandlingOptions.NONE);
                runner.wakeUp();

                await(() -> summary(projection, "one").map(GameSummary::moveCount).orElse(0) == 3
                        && summary(projection, "two").map(GameSummary::status).orElse("").equals("finished"));
            }
            assertThat(summary(projection, "two")).hasValueSatisfying(two -> {
                assertThat(two.result()).contains("1-0");
                assertThat(two.reason()).contains("resignation");
                assertThat(two.blackName()).contains("B two");
            });
            assertThat(projection.checkpoint()).isEqualTo(setup.store().headPosition());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRestartedRunnerContinuesFromTheCheckpointAndAppliesNothingTwice(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.play("one", "e4", "e5");
            try (SubscriptionRunner first = setup.runner(setup.projection())) {
                first.catchUp();
            }
            long checkpoint = setup.projection().checkpoint();
            setup.move("one", "Nf3", "Nc6");

            GameSummaryProjection restarted = setup.projection();
            try (SubscriptionRunner second = setup.runner(restarted)) {
                assertThat(second.catchUp()).isEqualTo(setup.store().headPosition() - checkpoint);
            }
            assertThat(summary(restarted, "one")).hasValueSatisfying(one -> assertThat(one.moveCount()).isEqualTo(4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRebuildFromPositionZeroGivesTheSameReadModel(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.play("one", "f3", "e5", "g4", "Qh4#");
            setup.play("two", "e4");
            GameSummaryProjection projection = setup.projection();
            try (SubscriptionRunner runner = setup.runner(projection)) {
                runner.catchUp();
                List<GameSummary> before = projection.all();

                long replayed = runner.rebuild();

                assertThat(replayed).isEqualTo(setup.store().headPosition());
                assertThat(projection.all()).isEqualTo(before);
                assertThat(before).extracting(GameSummary::status).containsExactly("finished", "active");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFailureInsideABatchLeavesTheReadModelAndTheCheckpointWhereTheyWere(String backend) throws SQLException {
        try (Setup setup = Setup.on(backend)) {
            try (Connection connection = setup.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE seen_events (global_position BIGINT PRIMARY KEY)");
            }
            setup.play("one", "e4", "e5", "Nf3");
            List<StoredEvent> batch = setup.store().readAll(1, 100);
            SeenEvents failing = new SeenEvents(setup.dataSource(), 4);

            assertThatThrownBy(() -> failing.apply(batch)).hasMessageContaining("position 4");

            assertThat(failing.checkpoint()).isZero();
            assertThat(seen(setup.dataSource())).isZero();

            SeenEvents working = new SeenEvents(setup.dataSource(), -1);
            working.apply(batch);
            working.apply(batch);
            assertThat(seen(setup.dataSource())).as("a repeated batch applies nothing").isEqualTo(batch.size());
            assertThat(working.checkpoint()).isEqualTo(batch.getLast().position());
        }
    }

    private static int seen(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM seen_events");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Records each position it sees; fails on one chosen position. */
    private static final class SeenEvents extends JdbcProjection {
        private final long failAt;

        SeenEvents(HikariDataSource dataSource, long failAt) {
            super(dataSource, "seen-events");
            this.failAt = failAt;
        }

        @Override
        protected void handle(Connection connection, StoredEvent event) throws SQLException {
            if (event.position() == failAt) {
                throw new IllegalStateException("cannot project position " + failAt);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO seen_events (global_position) VALUES (?)")) {
                insert.setLong(1, event.position());
                insert.executeUpdate();
            }
        }

        @Override
        protected void clear(Connection connection) throws SQLException {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM seen_events")) {
                delete.executeUpdate();
            }
        }
    }
}
