package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.AxonGameApplication;
import dev.eschess.axon.command.CommandOptions;
import dev.eschess.axon.command.GameCommandService;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2Database;
import dev.eschess.axon.support.TestSettings;
import dev.eschess.axon.timetravel.GameHistory;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Games survive a restart of the application on the same H2 file, the embedded default. */
class H2RestartTest {

    private final String url = H2Database.fileUrl("restart-" + UUID.randomUUID());

    @Test
    void aGameStartedBeforeARestartGoesOnAfterIt() {
        String gameId;
        try (ConfigurableApplicationContext before = start()) {
            Games games = new Games(before.getBean(GameCommandService.class));
            gameId = games.started();
            games.play(gameId, "e4");
        }

        try (ConfigurableApplicationContext after = start()) {
            Games games = new Games(after.getBean(GameCommandService.class));
            var moved = games.move(gameId, Games.BLACK, "e5", CommandOptions.none());

            assertThat(moved.version()).isEqualTo(4);
            assertThat(after.getBean(GameHistory.class).current(gameId).orElseThrow().state().sanMoves())
                    .containsExactly("e4", "e5");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AxonGameApplication.class)
                .web(WebApplicationType.NONE) // no HTTP server needed, and none on port 8080
                .run("--spring.datasource.url=" + url, "--" + TestSettings.SNAPSHOT_EVERY);
    }
}
