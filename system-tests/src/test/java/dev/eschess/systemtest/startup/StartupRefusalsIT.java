package dev.eschess.systemtest.startup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged servers stop at start, with a report that says why, on a database they must not use (ADR 0055): the
 * other variant's, and an H2 file that a running server process holds open.
 */
class StartupRefusalsIT {

    @Test
    void theAxonServerRefusesTheH2FileOfAStoppedHandrolledServer() {
        Path handrolledDirectory = GameServers.workDirectory().resolve("refusal-handrolled");
        try (PackagedServer handrolled = PackagedServer.startFresh(Variant.HANDROLLED, handrolledDirectory)) {
            handrolled.stop();

            assertThatThrownBy(() -> PackagedServer.startFresh(Variant.AXON,
                    GameServers.workDirectory().resolve("refusal-axon"), List.of(databaseOf(handrolledDirectory))))
                    .hasMessageContaining("APPLICATION FAILED TO START")
                    .hasMessageContaining("This database belongs to the handrolled server;")
                    .hasMessageContaining("the axon server cannot use it");
        }
    }

    @Test
    void aSecondServerOnTheH2FileOfARunningOneNamesTheLockAndItsLikelyCause() {
        Path firstDirectory = GameServers.workDirectory().resolve("locked-first");
        try (PackagedServer first = PackagedServer.startFresh(Variant.HANDROLLED, firstDirectory)) {
            assertThatThrownBy(() -> PackagedServer.startFresh(Variant.HANDROLLED,
                    GameServers.workDirectory().resolve("locked-second"), List.of(databaseOf(firstDirectory))))
                    .hasMessageContaining("is locked: another process has it open")
                    .hasMessageContaining("another eschess server is running in the same working directory");
        }
    }

    /** The argument that points a server at the hand-rolled server's default H2 file in that directory. */
    private static String databaseOf(Path directory) {
        return "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("data/handrolled/eschess")
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
