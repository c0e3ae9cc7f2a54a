package dev.eschess.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UCI conversation, against a scripted stand-in for an engine: the handshake, options, and the move it answers,
 * however much it prints before.
 */
class UciEngineTest {

    /** Answers the handshake and readiness, and every "go" with some thinking output and then e7e5. */
    private static final String FAKE_ENGINE = """
            #!/bin/sh
            while read -r line; do
              case "$line" in
                uci) echo "id name Fake Engine 1.0"; echo "option name Skill Level type spin"; echo "uciok" ;;
                isready) echo "readyok" ;;
                go*) echo "info depth 1 score cp 20"; echo "bestmove e7e5 ponder g1f3" ;;
                quit) exit 0 ;;
              esac
            done
            """;

    @TempDir
    Path directory;

    @Test
    void givenAnEngineThatSpeaksUci_whenAskedForAMove_thenItsBestMoveComesBack() throws Exception {
        try (UciEngine engine = UciEngine.start(script(FAKE_ENGINE))) {
            engine.setOption("Skill Level", "3");
            engine.newGame();

            assertThat(engine.name()).isEqualTo("Fake Engine 1.0");
            assertThat(engine.bestMove(List.of("e2e4"), Duration.ofMillis(10))).isEqualTo("e7e5");
        }
    }

    @Test
    void givenAnEngineThatExitsDuringTheHandshake_whenStarted_thenTheFailureIsReported() throws Exception {
        Path quitter = script("#!/bin/sh\nexit 0\n");

        assertThatThrownBy(() -> UciEngine.start(quitter)).isInstanceOf(IOException.class)
                .hasMessageContaining("exited");
    }

    private Path script(String text) throws IOException {
        Path file = directory.resolve("engine-" + text.hashCode() + ".sh");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
