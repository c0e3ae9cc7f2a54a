package dev.eschess.handrolled.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.game.GameStatus;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.serialization.CorruptEventException;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.serialization.JsonMappers;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.GamesUnderTest;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema changes of {@code GameCreated} (v1 -> v2 -> v3): the checked-in v1 and v2 payloads in
 * {@code fixtures/events/}, stored as they are in every store, read back as the current event, equal to the
 * checked-in v3 payloads; and the current writer produces the v3 form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GameCreatedFixtureTest {

    private static final Path FIXTURES = Path.of("..", "fixtures", "events");

    private final ObjectMapper mapper = JsonMappers.forStorage();
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();
    private HikariDataSource h2;
    private HikariDataSource postgres;

    @BeforeAll
    void openDatabases() {
        h2 = H2Databases.newInMemory("fixtures");
        SchemaMigrations.migrate(h2);
        postgres = SharedPostgres.newDatabase("fixtures");
        SchemaMigrations.migrate(postgres);
    }

    @AfterAll
    void closeDatabases() {
        h2.close();
        postgres.close();
    }

    Stream<Arguments> storesAndFixtures() {
        return Stream.of("game-created.v1.json", "game-created.v1.custom-start.json", "game-created.v2.json",
                "game-created.v2.custom-start.json").flatMap(old -> Stream.of(
                Arguments.of("in-memory", old), Arguments.of("h2", old), Arguments.of("postgresql", old)));
    }

    private EventStore store(String backend) {
        return switch (backend) {
            case "in-memory" -> new InMemoryEventStore();
            case "h2" -> new JdbcEventStore(h2);
            case "postgresql" -> new JdbcEventStore(postgres);
            default -> throw new IllegalArgumentException(backend);
        };
    }

    @ParameterizedTest(name = "{1} through the {0} store")
    @MethodSource("storesAndFixtures")
    void aStoredOldGameCreatedReadsAsTheCurrentEventEqualToTheV3Fixture(String backend, String oldFile)
            throws IOException {
        int oldVersion = oldFile.contains(".v1.") ? 1 : 2;
        String old = Files.readString(FIXTURES.resolve(oldFile));
        String v3 = Files.readString(FIXTURES.resolve(oldFile.replace(".v" + oldVersion + ".", ".v3.")));
        JsonNode oldTree = mapper.readTree(old);
        String gameId = oldTree.get("gameId").asText() + "-" + UUID.randomUUID();
        EventStore store = store(backend);
        store.append(GameStreamNames.streamId(gameId), ExpectedVersion.noStream(), List.of(new NewEvent(UUID.randomUUID(),
                "GameCreated", oldVersion, old, Instant.parse(oldTree.get("occurredAt").asText()), EventMetadata.NONE)));

        StoredEvent stored = store.readStream(GameStreamNames.streamId(gameId)).getFirst();
        GameEvent read = serializer.deserialize(stored);

        assertThat(stored.schemaVersion()).isEqualTo(oldVersion);
        assertThat(read).isEqualTo(mapper.readValue(v3, GameCreated.class));
        assertThat(serializer.currentPayload(stored)).isEqualTo(mapper.readTree(v3));
        assertThat(mapper.readTree(stored.payload())).as("the stored form is never rewritten").isEqualTo(oldTree);
    }

    @Test
    void theCurrentWriterProducesTheV3FormWithItsTimeControl() throws IOException {
        String v3 = Files.readString(FIXTURES.resolve("game-created.v3.clock.json"));
        GameCreated event = mapper.readValue(v3, GameCreated.class);

        assertThat(event.timeControl()).hasValueSatisfying(control -> assertThat(control.limitSeconds()).isEqualTo(300));
        assertThat(mapper.readTree(serializer.serialize(event, EventMetadata.NONE).payload())).isEqualTo(mapper.readTree(v3));
    }

    @Test
    void aGameCreatedFromAV1EventCanBePlayedOn() throws IOException {
        String v1 = Files.readString(FIXTURES.resolve("game-created.v1.json"));
        InMemoryEventStore store = new InMemoryEventStore();
        String gameId = mapper.readTree(v1).get("gameId").asText();
        store.append(GameStreamNames.streamId(gameId), ExpectedVersion.noStream(), List.of(new NewEvent(UUID.randomUUID(),
                "GameCreated", 1, v1, Instant.parse("2026-03-14T09:26:53.589Z"), EventMetadata.NONE)));
        GamesUnderTest games = new GamesUnderTest(store, new InMemorySnapshotStore(), SnapshotPolicy.never(),
                Clock.systemUTC());

        assertThat(games.game(gameId).state().status()).isEqualTo(GameStatus.WAITING);
        assertThat(games.game(gameId).state().creator()).hasValueSatisfying(
                seat -> assertThat(seat.playerName()).isEqualTo("Alice"));
    }

    @Test
    void aV1ColourOtherThanWOrBIsACorruptEvent() {
        String corrupt = """
                {"gameId":"g","playerId":"p","playerName":"A","color":"x","fen":null,"occurredAt":"2026-03-14T09:26:53Z"}""";

        assertThatThrownBy(() -> serializer.deserialize("GameCreated", 1, corrupt))
                .isInstanceOf(CorruptEventException.class).hasMessageContaining("colour");
    }

    @Test
    void aSchemaVersionFromTheFutureIsRefusedInsteadOfMisread() {
        assertThatThrownBy(() -> serializer.deserialize("GameCreated", 4, "{}"))
                .isInstanceOf(CorruptEventException.class).hasMessageContaining("newer code");
    }
}
