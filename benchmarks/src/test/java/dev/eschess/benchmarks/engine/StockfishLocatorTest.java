package dev.eschess.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match finds Stockfish on the PATH before Debian's location, and never takes a file it cannot run. */
class StockfishLocatorTest {

    @TempDir
    Path directory;

    @Test
    void givenAnExecutableStockfishOnThePath_whenLocating_thenItIsFound() throws IOException {
        Path binary = Files.createFile(directory.resolve("stockfish"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(StockfishLocator.locate("/nonexistent:" + directory)).contains(binary);
    }

    @Test
    void givenAStockfishFileThatCannotRun_whenLocating_thenItIsSkipped() throws IOException {
        Path notExecutable = Files.createFile(directory.resolve("stockfish"));

        // Whether Debian's stockfish is installed depends on the machine; the file that cannot run is never taken.
        assertThat(StockfishLocator.locate(directory.toString()))
                .satisfiesAnyOf(found -> assertThat(found).isEmpty(),
                        found -> assertThat(found).contains(StockfishLocator.DEBIAN_LOCATION))
                .isNotEqualTo(java.util.Optional.of(notExecutable));
    }
}
