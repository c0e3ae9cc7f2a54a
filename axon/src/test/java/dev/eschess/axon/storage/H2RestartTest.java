package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2Database;
import dev.eschess.axon.support.TestSettings;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
            Games games = new Games(before.getBean(AxonGameCommands.class));
            gameId = games.started();
            games.play(gameId, "e4");
        }

        try (ConfigurableApplicationContext after = start()) {
            Games games = new Games(after.getBean(AxonGameCommands.class));
            var moved = games.move(gameId, Games.BLACK, "e5", SendOptions.none());

            assertThat(moved.version()).isEqualTo(4);
            assertThat(new GameStates(after.getBean(EventStore.class), after.getBean(EventStorageEngine.class)).current(gameId).orElseThrow().state().sanMoves())
                    .containsExactly("e4", "e5");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AxonGameServer.class)
                .web(WebApplicationType.NONE) // no HTTP server needed, and none on port 8080
                .run("--spring.datasource.url=" + url, "--" + TestSettings.SNAPSHOT_EVERY);
    }
}
