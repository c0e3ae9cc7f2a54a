package dev.eschess.handrolled.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.snapshot.jdbc.JdbcSnapshotStore;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.GamesUnderTest;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Snapshot stores on every backend: the newest snapshot wins, and a snapshot of another schema is ignored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotStoreTest {

    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");
    private HikariDataSource h2;
    private HikariDataSource postgres;

    @BeforeAll
    void open() {
        h2 = H2Databases.newInMemory("snapshots");
        SchemaMigrations.migrate(h2);
        postgres = SharedPostgres.newDatabase("snapshots");
        SchemaMigrations.migrate(postgres);
    }

    @AfterAll
    void close() {
        h2.close();
        postgres.close();
    }

    Stream<SnapshotStore> stores() {
        return Stream.of(new InMemorySnapshotStore(), new JdbcSnapshotStore(h2), new JdbcSnapshotStore(postgres));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theNewestSnapshotWinsWhateverTheOrderOfSaving(SnapshotStore store) {
        String stream = "s-" + UUID.randomUUID();
        store.save(new Snapshot(stream, 5, 1, "{\"v\":5}", T));
        store.save(new Snapshot(stream, 9, 1, "{\"v\":9}", T));
        store.save(new Snapshot(stream, 7, 1, "{\"v\":7}", T));

        assertThat(store.latest(stream)).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.streamVersion()).isEqualTo(9);
            assertThat(snapshot.state()).isEqualTo("{\"v\":9}");
        });
        assertThat(store.latest("s-" + UUID.randomUUID())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSnapshotOfAnotherSchemaVersionIsIgnoredAndTheGameIsReplayed(SnapshotStore store) {
        InMemoryEventStore events = new InMemoryEventStore();
        GamesUnderTest games = new GamesUnderTest(events, store, SnapshotPolicy.never(), Clock.systemUTC());
        String id = "g-" + UUID.randomUUID();
        games.handle(CreateGame.standard(id, "a", "Alice", Color.WHITE, T), HandlingOptions.NONE);
        games.handle(new JoinGame(id, "b", "Bob", T), HandlingOptions.NONE);
        games.handle(new MakeMove(id, "a", "e4", T), HandlingOptions.NONE);
        store.save(new Snapshot(GameStreamNames.streamId(id), 3, 999, "{\"not\":\"a game\"}", T));

        assertThat(games.game(id)).isEqualTo(games.replay(id));
        assertThat(games.game(id).state().sanMoves()).containsExactly("e4");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anUnreadableSnapshotOfTheCurrentSchemaIsIgnoredToo(SnapshotStore store) {
        InMemoryEventStore events = new InMemoryEventStore();
        GamesUnderTest games = new GamesUnderTest(events, store, SnapshotPolicy.never(), Clock.systemUTC());
        String id = "g-" + UUID.randomUUID();
        games.handle(CreateGame.standard(id, "a", "Alice", Color.WHITE, T), HandlingOptions.NONE);
        store.save(new Snapshot(GameStreamNames.streamId(id), 1, dev.eschess.game.GameSnapshot.SCHEMA_VERSION,
                "{\"status\":\"NO_SUCH_STATUS\"}", T));

        assertThat(games.game(id)).isEqualTo(games.replay(id));
    }
}
