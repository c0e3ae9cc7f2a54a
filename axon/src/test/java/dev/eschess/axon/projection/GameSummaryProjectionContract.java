package dev.eschess.axon.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eschess.axon.command.CommandOptions;
import dev.eschess.axon.command.GameCommandService;
import dev.eschess.axon.support.Games;
import dev.eschess.game.command.Resign;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lobby projection runs on Axon's pooled streaming processor with its tokens in the same database, and is
 * rebuilt from the first event by {@link ProjectionReplay}.
 */
abstract class GameSummaryProjectionContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    GameCommandService commands;
    @Autowired
    GameSummaries summaries;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGameIsSummarisedFromItsEventsAsItGoes() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4", "e5", "Qh5");
        commands.execute(new Resign(gameId, Games.BLACK, Games.AT), CommandOptions.none());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(summaries.find(gameId)).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo("finished");
            assertThat(row.whiteName()).contains("Alice");
            assertThat(row.blackName()).contains("Bob");
            assertThat(row.moveCount()).isEqualTo(3);
            assertThat(row.result()).contains("1-0");
            assertThat(row.reason()).contains("resignation");
            assertThat(row.version()).isEqualTo(6);
        }));
    }

    @Test
    void theLobbyListsGamesOfOneStatus() {
        Games games = new Games(commands);
        String active = games.started();

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(summaries.list(Optional.of("active"), 1000)).extracting(GameSummary::gameId).contains(active));
        assertThat(summaries.list(Optional.of("finished"), 1000)).extracting(GameSummary::gameId).doesNotContain(active);
    }

    @Test
    void theProcessorsTokensLiveInTheSameDatabase() {
        new Games(commands).started();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM token_entry WHERE processor_name = :name AND token IS NOT NULL")
                .param("name", GameSummaryProjection.PROCESSING_GROUP).query(Long.class).single()).isPositive());
    }

    @Test
    void aReplayRebuildsTheReadModelFromTheFirstEvent() {
        Games games = new Games(commands);
        String first = games.started();
        String second = games.started();
        games.play(second, "d4");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(summaries.find(second)).map(GameSummary::moveCount).contains(1));
        List<GameSummary> before = summaries.list(Optional.empty(), 100_000);
        // damage the read model: one row lost, one row wrong
        jdbc.sql("DELETE FROM game_summary WHERE game_id = :id").param("id", first).update();
        jdbc.sql("UPDATE game_summary SET move_count = 99 WHERE game_id = :id").param("id", second).update();

        replay.replay(GameSummaryProjection.PROCESSING_GROUP);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(summaries.list(Optional.empty(), 100_000)).containsExactlyInAnyOrderElementsOf(before));
    }
}
