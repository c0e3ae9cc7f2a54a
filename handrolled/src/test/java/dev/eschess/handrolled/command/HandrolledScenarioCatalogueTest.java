package dev.eschess.handrolled.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.scenario.Scenario;
import dev.eschess.game.scenario.ScenarioCatalogue;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.core.snapshot.jdbc.JdbcSnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared scenario catalogue on the hand-rolled core: for every scenario the given events are stored, the
 * command goes through the real command handling, and the events it appended (read back from the store) or
 * its rejection are compared. Runs on the in-memory store and on H2 (emptied before each scenario).
 */
class HandrolledScenarioCatalogueTest {

    private static final ConcurrentMap<String, AtomicInteger> RUN = new ConcurrentHashMap<>();
    private static final EventSerializer<GameEvent> SERIALIZER = GameSerialization.events();

    /** One backend: a fresh store pair per scenario. */
    private record Backend(String name, Function<Scenario, Stores> open) {
    }

    private record Stores(EventStore events, SnapshotStore snapshots, AutoCloseable resources) {
    }

    private static HikariDataSource h2DataSource;

    @BeforeAll
    static void openH2() {
        h2DataSource = H2Databases.newInMemory("scenarios");
        SchemaMigrations.migrate(h2DataSource);
    }

    /** Every scenario is about the same game id: start each one on an empty store. */
    private static void emptyTables(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM events");
            statement.execute("DELETE FROM snapshots");
            statement.execute("UPDATE log_head SET last_position = 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyScenarioPassesOnEveryStore() {
        Backend inMemory = new Backend("in-memory",
                scenario -> new Stores(new InMemoryEventStore(), new InMemorySnapshotStore(), () -> { }));
        Backend h2 = new Backend("h2", scenario -> {
            emptyTables(h2DataSource);
            return new Stores(new JdbcEventStore(h2DataSource), new JdbcSnapshotStore(h2DataSource), () -> { });
        });
        return Stream.of(inMemory, h2).map(backend -> DynamicContainer.dynamicContainer(backend.name(),
                ScenarioCatalogue.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.displayName(),
                        () -> run(backend, scenario)))));
    }

    private static void run(Backend backend, Scenario scenario) throws Exception {
        Stores stores = backend.open().apply(scenario);
        try (AutoCloseable resources = stores.resources()) {
            String gameId = scenario.when().gameId();
            String stream = GameStreamNames.streamId(gameId);
            if (!scenario.given().isEmpty()) {
                stores.events().append(stream, ExpectedVersion.noStream(), scenario.given().stream()
                        .map(event -> SERIALIZER.serialize(event, EventMetadata.NONE)).toList());
            }
            // tag::cmp-tests[]
            // Snapshot after every event, so the scenarios also exercise loading from a snapshot.
            HandrolledGameCommands games = new HandrolledGameCommands(stores.events(),
                    GameRepository.on(stores.events(), stores.snapshots(), Clock.systemUTC(), new StateCache<>(100)),
                    SnapshotPolicy.everyNEvents(1));
            Optional<String> mismatch;
            try {
                CommandResult<GameEvent, GameState> result = games.handle(scenario.when(),
                        HandlingOptions.NONE.withCommandId("scenario-command"));
                List<GameEvent> appended = stores.events()
                        .readStream(stream, scenario.given().size() + 1L, Long.MAX_VALUE).stream()
                        .map(SERIALIZER::deserialize).toList();
                assertThat(result.events()).isEqualTo(appended);
                mismatch = scenario.mismatchForEvents(appended);
            } catch (GameRejection rejection) {
                assertThat(stores.events().streamVersion(stream)).as("a rejection stores nothing")
                        .isEqualTo(scenario.given().size());
                mismatch = scenario.mismatchForRejection(rejection.reason());
            }
            // end::cmp-tests[]
            assertThat(mismatch).as(scenario.displayName()).isEmpty();
            RUN.computeIfAbsent(backend.name(), name -> new AtomicInteger()).incrementAndGet();
        }
    }

    @AfterAll
    static void ranEveryScenarioOnEveryBackend() {
        h2DataSource.close();
        int size = ScenarioCatalogue.all().size();
        assertThat(RUN.keySet()).containsExactlyInAnyOrder("in-memory", "h2");
        RUN.forEach((backend, count) -> assertThat(count.get()).as(backend).isEqualTo(size));
        System.out.printf("Handrolled scenario runner: %d of %d catalogue scenarios passed on each of %s%n",
                RUN.get("in-memory").get(), size, RUN.keySet());
    }
}
