package dev.eschess.axon.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.ExecutedCommand;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.axon.timetravel.StoredGameEvent;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.event.GameCreated;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@code GameCreated} stored by the old code (schema version 1, the checked-in fixture, written straight into
 * Axon's event table) loads through the upcaster chain (v1 -> v2 -> v3) as today's event, and the game goes on
 * from it.
 */
abstract class StoredV1EventContract {

    @Autowired
    AxonGameHistory history;
    @Autowired
    GameStates states;

    @Autowired
    AxonGameCommands commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoredV1FixtureLoadsAsTheCurrentEvent() throws Exception {
        String gameId = storeV1Fixture("game-created.v1.json");

        StoredGameEvent loaded = history.events(gameId, 1, Long.MAX_VALUE).getFirst();

        assertThat(loaded.type()).isEqualTo("GameCreated");
        assertThat(loaded.data()).isEqualTo(expectedFromFixture("game-created.v3.json", gameId));
    }

    @Test
    void aGameCreatedUnderV1CanBeJoinedAndPlayed() throws Exception {
        String gameId = storeV1Fixture("game-created.v1.custom-start.json");

        ExecutedCommand joined = commands.execute(new JoinGame(gameId, "carol", "Carol", Instant.now()),
                SendOptions.none());
        ExecutedCommand moved = commands.execute(
                new dev.eschess.game.command.MakeMove(gameId, "player-a83f1b04", "Kd7", Instant.now()),
                SendOptions.none());

        assertThat(joined.version()).isEqualTo(2);
        assertThat(moved.version()).isEqualTo(3);
        assertThat(states.current(gameId).orElseThrow().state().sanMoves()).containsExactly("Kd7");
    }

    /** Writes the v1 fixture as Axon's first event of a fresh game, as the old code would have; returns the id. */
    private String storeV1Fixture(String fixture) throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(Files.readAllBytes(GameCreatedV1UpcasterTest.FIXTURES.resolve(fixture)));
        String gameId = "v1-" + UUID.randomUUID();
        json.put("gameId", gameId);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            aggregate_type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (:eventId, :gameId, 0, 'Game', :at, 'GameCreated', '1', :payload, :metaData)""")
                .param("eventId", UUID.randomUUID().toString())
                .param("gameId", gameId)
                .param("at", json.get("occurredAt").asText())
                .param("payload", new ObjectMapper().writeValueAsBytes(json))
                .param("metaData", "{}".getBytes())
                .update();
        return gameId;
    }

    private static GameCreated expectedFromFixture(String fixture, String gameId) throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(Files.readAllBytes(GameCreatedV1UpcasterTest.FIXTURES.resolve(fixture)));
        json.put("gameId", gameId);
        return AxonObjectMappers.create().treeToValue(json, GameCreated.class);
    }
}
