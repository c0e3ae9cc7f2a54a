package dev.eschess.axon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.command.GameCommandService;
import dev.eschess.axon.projection.ProjectionReplay;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2AxonTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Web's lobby is fed from Axon's event stream and rebuilt from the first event by a replay of its processor. */
@H2AxonTest
class LobbyFeedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    GameCommandService commands;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcClient jdbc;

    private Integer moveCount(String gameId) {
        return jdbc.sql("SELECT move_count FROM web_lobby_games WHERE game_id = :id").param("id", gameId)
                .query(Integer.class).optional().orElse(-1);
    }

    @Test
    void theLobbyFollowsTheEventStream() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4", "e5");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(moveCount(gameId)).isEqualTo(2));
    }

    @Test
    void aReplayRebuildsTheLobbyFromTheFirstEvent() {
        Games games = new Games(commands);
        String lost = games.started();
        String damaged = games.started();
        games.play(damaged, "d4");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(moveCount(damaged)).isEqualTo(1));
        jdbc.sql("DELETE FROM web_lobby_games WHERE game_id = :id").param("id", lost).update();
        jdbc.sql("UPDATE web_lobby_games SET move_count = 99 WHERE game_id = :id").param("id", damaged).update();

        replay.replay(LobbyFeed.PROCESSING_GROUP);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(moveCount(lost)).isEqualTo(0);
            assertThat(moveCount(damaged)).isEqualTo(1);
        });
    }
}
