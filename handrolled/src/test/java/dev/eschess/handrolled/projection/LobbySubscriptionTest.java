package dev.eschess.handrolled.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.handrolled.app.HandrolledGameEngine;
import dev.eschess.handrolled.app.HandrolledGameServer;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.web.port.CommandOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Web's lobby fed from the hand-rolled log: live, exactly once per event, and rebuilt from the log on demand. The games
 * here are created at a fixed instant long past; a waiting time of ten years keeps the server from expiring them
 * between their creation and the join (ADR 0062).
 */
@SpringBootTest(classes = HandrolledGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat", "eschess.handrolled.lobby.poll-interval=50ms",
                "eschess.games.expire-waiting-after=3650d"})
class LobbySubscriptionTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String URL = H2Databases.newFileUrl("lobby") + ";DB_CLOSE_ON_EXIT=FALSE";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    private HandrolledGameEngine engine;
    @Autowired
    private EventStore store;
    @Autowired
    private LobbyFeed feed;
    @Autowired
    @Qualifier("lobbySubscription")
    private SubscriptionLifecycle subscription;
    @Autowired
    private JdbcTemplate jdbc;

    private String playedGame() {
        String gameId = "lobby-" + UUID.randomUUID();
        engine.execute(CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, T), CommandOptions.none());
        engine.execute(new JoinGame(gameId, "bob", "Bob", T), CommandOptions.none());
        engine.execute(new MakeMove(gameId, "alice", "e4", T), CommandOptions.none());
        return gameId;
    }

    private Map<String, Object> row(String gameId) {
        return jdbc.queryForMap("SELECT status, white_name, black_name, move_count, game_version "
                + "FROM web_lobby_games WHERE game_id = ?", gameId);
    }

    private void awaitCheckpointAtHead() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feed.checkpoint() < store.headPosition() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(feed.checkpoint()).isEqualTo(store.headPosition());
    }

    @Test
    void theRunningSubscriptionBringsEveryAppendIntoTheLobby() throws InterruptedException {
        String gameId = playedGame();

        awaitCheckpointAtHead();

        assertThat(row(gameId)).containsEntry("STATUS", "active").containsEntry("WHITE_NAME", "Alice")
                .containsEntry("BLACK_NAME", "Bob").containsEntry("MOVE_COUNT", 1).containsEntry("GAME_VERSION", 3L);
    }

    @Test
    void aRepeatedBatchChangesNeitherTheLobbyNorTheCheckpoint() throws InterruptedException {
        String gameId = playedGame();
        awaitCheckpointAtHead();
        Map<String, Object> before = row(gameId);
        long checkpoint = feed.checkpoint();

        feed.apply(store.readAll(1, 10_000));

        assertThat(feed.checkpoint()).isEqualTo(checkpoint);
        assertThat(row(gameId)).isEqualTo(before);
    }

    @Test
    void aRebuildReplaysTheWholeLogIntoAnEmptiedLobby() throws InterruptedException {
        String gameId = playedGame();
        awaitCheckpointAtHead();
        Map<String, Object> before = row(gameId);
        jdbc.update("UPDATE web_lobby_games SET move_count = 99 WHERE game_id = ?", gameId);

        long replayed = subscription.rebuild();

        assertThat(replayed).isEqualTo(store.headPosition());
        assertThat(feed.checkpoint()).isEqualTo(store.headPosition());
        assertThat(row(gameId)).isEqualTo(before);
    }
}
