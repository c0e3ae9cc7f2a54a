package dev.eschess.axon.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.support.Games;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.Resign;
import dev.eschess.web.lobby.LobbyEntry;
import dev.eschess.web.lobby.LobbyQuery;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web's lobby is fed from Axon's event stream by {@link LobbyFeed} on a pooled streaming processor whose tokens live
 * in the same database, and is rebuilt from the first event by {@link ProjectionReplay}.
 */
abstract class LobbyFeedContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int ALL = 100_000;

    @Autowired
    AxonGameCommands commands;
    @Autowired
    LobbyQuery lobby;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcClient jdbc;

    private Optional<LobbyEntry> entry(String gameId) {
        return lobby.games(Optional.empty(), ALL).stream().filter(entry -> entry.gameId().equals(gameId)).findFirst();
    }

    @Test
    void aGameIsListedFromItsEventsAsItGoes() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4", "e5", "Qh5");
        commands.execute(new Resign(gameId, Games.BLACK, Games.AT), SendOptions.none());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(entry(gameId)).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo("finished");
            assertThat(row.white().name()).isEqualTo("Alice");
            assertThat(row.black().name()).isEqualTo("Bob");
            assertThat(row.moveCount()).isEqualTo(3);
            assertThat(row.result()).isEqualTo("1-0");
            assertThat(row.reason()).isEqualTo("resignation");
            assertThat(row.version()).isEqualTo(6);
        }));
    }

    @Test
    void theLobbyListsGamesOfOneStatus() {
        String active = new Games(commands).started();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lobby.games(Optional.of(GameStatus.ACTIVE), ALL))
                .extracting(LobbyEntry::gameId).contains(active));
        assertThat(lobby.games(Optional.of(GameStatus.FINISHED), ALL)).extracting(LobbyEntry::gameId)
                .doesNotContain(active);
    }

    @Test
    void theProcessorsTokensLiveInTheSameDatabase() {
        new Games(commands).started();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM token_entry WHERE processor_name = :name AND token IS NOT NULL")
                .param("name", LobbyFeed.PROCESSING_GROUP).query(Long.class).single()).isPositive());
    }

    @Test
    void aReplayRebuildsTheLobbyFromTheFirstEvent() {
        Games games = new Games(commands);
        String lost = games.started();
        String damaged = games.started();
        games.play(damaged, "d4");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(entry(damaged)).map(LobbyEntry::moveCount).contains(1));
        List<LobbyEntry> before = lobby.games(Optional.empty(), ALL);
        jdbc.sql("DELETE FROM web_lobby_games WHERE game_id = :id").param("id", lost).update();
        jdbc.sql("UPDATE web_lobby_games SET move_count = 99 WHERE game_id = :id").param("id", damaged).update();

        replay.replay(LobbyFeed.PROCESSING_GROUP);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(lobby.games(Optional.empty(), ALL)).containsExactlyInAnyOrderElementsOf(before));
    }
}
