package dev.eschess.web.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.chess.Color;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.SseReader;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the web module promises beyond the HTTP contract: hashed seats, an idempotent lobby, heartbeats, lost races. */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-module;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off",
                "eschess.web.sse.heartbeat=300ms"
        })
class WebModuleTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LobbyProjection lobby;

    @Autowired
    private GameEngine engine;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(URI.create("http://localhost:" + port + "/"));
    }

    @Test
    void seatsStoreOnlyTheHashOfTheToken() {
        JsonNode created = api.post("/api/games", "{}").json();
        String gameId = created.get("gameId").asText();
        String token = created.get("playerToken").asText();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM web_seats WHERE game_id = ?", gameId);

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values().toString()).doesNotContain(token);
        assertThat(rows.getFirst().get("TOKEN_HASH").toString()).hasSize(64);
    }

    @Test
    void givenAComputerOpponent_whenTheGameIsCreated_thenOnlyThePersonsSeatIsStoredSoNoTokenOpensTheComputers() {
        JsonNode created = api.post("/api/games", "{\"opponent\": {\"computer\": 5}}").json();
        String gameId = created.get("gameId").asText();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM web_seats WHERE game_id = ?", gameId);

        assertThat(created.get("game").get("status").asText()).isEqualTo("active");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("COLOR")).isEqualTo("WHITE");
        assertThat(rows.getFirst().get("PLAYER_ID").toString()).doesNotStartWith("computer:");
    }

    @Test
    void givenTheComputerCannotJoin_whenAGameAgainstItIsCreated_thenThePersonGetsTheWaitingGameAndTheirToken() {
        ((JdbcTestGameEngine) engine).failNextJoin();

        ApiClient.Response created = api.post("/api/games", "{\"opponent\": {\"computer\": 1}}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode game = created.json().get("game");
        assertThat(game.get("status").asText()).isEqualTo("waiting");
        assertThat(game.get("version").asLong()).isEqualTo(1);
        assertThat(game.get("black").isNull()).isTrue();
        ApiClient.Response aborted = api.post("/api/games/" + created.json().get("gameId").asText() + "/abort", "{}",
                "Authorization", "Bearer " + created.json().get("playerToken").asText());
        assertThat(aborted.status()).as("%s", aborted).isEqualTo(200);
    }

    @Test
    void theLobbyDerivesTheComputerAndItsLevelFromThePlayerIdNotTheName() {
        Instant at = Instant.parse("2026-11-28T12:00:00Z");
        lobby.apply(RecordedGameEvent.of(1, new GameCreated("lobby-2", "p1", "Computer (level 6)", Color.BLACK,
                "fen", at)));
        lobby.apply(RecordedGameEvent.of(2, new PlayerJoined("lobby-2", "computer:level-6", "Computer (level 6)",
                Color.WHITE, at)));

        JsonNode row = null;
        for (JsonNode entry : api.get("/api/games?status=active&limit=200").json()) {
            if (entry.get("gameId").asText().equals("lobby-2")) {
                row = entry;
            }
        }

        assertThat(row).isNotNull();
        assertThat(row.get("white").get("computer").get("level").asInt()).isEqualTo(6);
        assertThat(row.get("black").get("computer").isNull()).as("a person who took the computer's name").isTrue();
    }

    @Test
    void theLobbyIgnoresAnEventItHasAlreadyApplied() {
        Instant at = Instant.parse("2026-11-28T12:00:00Z");
        lobby.apply(RecordedGameEvent.of(1, new GameCreated("lobby-1", "p1", "Ada", Color.WHITE, "fen", at)));
        lobby.apply(RecordedGameEvent.of(2, new PlayerJoined("lobby-1", "p2", "Bob", Color.BLACK, at)));

        lobby.apply(RecordedGameEvent.of(1, new GameCreated("lobby-1", "p1", "Ada", Color.WHITE, "fen", at)));
        lobby.apply(RecordedGameEvent.of(2, new PlayerJoined("lobby-1", "p9", "Eve", Color.BLACK, at)));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM web_lobby_games WHERE game_id = 'lobby-1'");
        assertThat(row.get("STATUS")).isEqualTo("active");
        assertThat(row.get("BLACK_NAME")).isEqualTo("Bob");
        assertThat(row.get("GAME_VERSION")).isEqualTo(2L);
    }

    @Test
    void givenEveryAttemptLosesARace_whenAMoveIsSent_thenItIsAVersionConflictAndNothingIsStored() {
        ActiveGame game = startGame();
        ((JdbcTestGameEngine) engine).loseNextRaces(3);

        ApiClient.Response lost = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                "Authorization", "Bearer " + game.whiteToken());

        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.contentType()).startsWith("application/problem+json");
        assertThat(lost.json().get("code").asText()).isEqualTo("version-conflict");
        assertThat(api.get("/api/games/" + game.id()).json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void givenARaceLostOnce_whenAMoveIsSent_thenItIsDecidedAgainAndApplied() {
        ActiveGame game = startGame();
        ((JdbcTestGameEngine) engine).loseNextRaces(1);

        ApiClient.Response moved = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                "Authorization", "Bearer " + game.whiteToken());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void anIdleStreamReceivesHeartbeatComments() throws Exception {
        JsonNode created = api.post("/api/games", "{}").json();
        HttpRequest request = api.request("/api/games/" + created.get("gameId").asText() + "/stream")
                .timeout(Duration.ofMinutes(1)).GET().build();

        try (SseReader reader = new SseReader(api.http(), request)) {
            assertThat(reader.next(10)).isNotNull();

            assertThat(reader.nextComment(5)).isEqualTo("heartbeat");
        }
    }

    private record ActiveGame(String id, String whiteToken) {
    }

    private ActiveGame startGame() {
        JsonNode created = api.post("/api/games", "{}").json();
        String gameId = created.get("gameId").asText();
        assertThat(api.post("/api/games/" + gameId + "/players", "{}").status()).isEqualTo(201);
        return new ActiveGame(gameId, created.get("playerToken").asText());
    }
}
