package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.ExecutedCommand;
import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.axon.timetravel.StoredGameEvent;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What Axon's JDBC storage must do on every database; run by one subclass per database. */
abstract class EventStorageContract {

    @Autowired
    AxonGameCommands commands;
    @Autowired
    AxonGameHistory history;
    @Autowired
    GameStates states;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGamePlayedThroughAxonReadsBackEventForEventInOrder() {
        Games games = new Games(commands);
        String gameId = games.started();
        ExecutedCommand last = games.play(gameId, "e4", "e5", "Nf3");

        List<StoredGameEvent> stored = history.events(gameId, 1, Long.MAX_VALUE);

        assertThat(last.version()).isEqualTo(5);
        assertThat(stored).extracting(StoredGameEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored).extracting(StoredGameEvent::type)
                .containsExactly("GameCreated", "PlayerJoined", "MovePlayed", "MovePlayed", "MovePlayed");
        assertThat(stored.getLast().data()).isEqualTo(last.events().getFirst());
    }

    @Test
    void eventsAreStoredAsJsonUnderStableTypeNamesAndSchemaVersionsNotClassNames() throws Exception {
        String gameId = new Games(commands).started();

        Map<String, Object> row = jdbc.sql("""
                        SELECT aggregate_type, payload_type, payload_revision, payload FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", gameId).query().singleRow();
        JsonNode payload = new ObjectMapper().readTree((byte[]) row.get("payload"));

        assertThat(row).containsEntry("aggregate_type", "Game")
                .containsEntry("payload_type", "GameCreated")
                .containsEntry("payload_revision", String.valueOf(GameEventType.GAME_CREATED.schemaVersion()));
        assertThat(payload.get("creatorColor").asText()).isEqualTo("WHITE");
        assertThat(payload.get("occurredAt").asText()).isEqualTo(Games.AT.toString());
    }

    @Test
    void theActingPlayerTravelsInTheEventMetadata() throws Exception {
        String gameId = new Games(commands).started();

        byte[] metaData = jdbc.sql("""
                        SELECT meta_data FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND sequence_number = 1""")
                .param("id", gameId).query(byte[].class).single();

        assertThat(new ObjectMapper().readTree(metaData).get("actingPlayer").asText()).isEqualTo(Games.BLACK);
    }

    @Test
    void theGlobalIndexComesFromTheDatabaseAndGrowsWithEveryEvent() {
        Games games = new Games(commands);
        String first = games.started();
        String second = games.started();

        List<Long> firstIndexes = globalIndexes(first);
        List<Long> secondIndexes = globalIndexes(second);

        assertThat(firstIndexes).hasSize(2).isSorted();
        assertThat(secondIndexes).hasSize(2).isSorted();
        assertThat(secondIndexes.getFirst()).isGreaterThan(firstIndexes.getLast());
    }

    @Test
    void noClientCanChooseAGlobalIndex() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, aggregate_type, time_stamp, payload_type, payload)
                        VALUES (999999, :eventId, :gameId, 0, 'Game', '2026-01-01T00:00:00Z', 'GameCreated', :payload)""")
                .param("eventId", UUID.randomUUID().toString())
                .param("gameId", Games.newGameId())
                .param("payload", "{}".getBytes())
                .update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void anUnknownGameHasNoEvents() {
        assertThat(history.events(Games.newGameId(), 1, Long.MAX_VALUE)).isEmpty();
        assertThat(states.current(Games.newGameId())).isEmpty();
    }

    List<Long> globalIndexes(String gameId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id "
                        + "ORDER BY sequence_number")
                .param("id", gameId).query(Long.class).list();
    }

    static List<GameEvent> payloads(List<StoredGameEvent> events) {
        return events.stream().map(StoredGameEvent::data).toList();
    }
}
