package dev.eschess.benchmarks.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a {@code stockfish} binary: on the PATH, or where Debian's package puts it, {@code /usr/games/stockfish}. */
final class StockfishLocator {

    static final Path DEBIAN_LOCATION = Path.of("/usr/games/stockfish");

    private StockfishLocator() {
    }

    /** The first executable {@code stockfish} in the PATH's directories or at the Debian location. */
    static Optional<Path> locate(String pathVariable) {
        List<Path> candidates = new ArrayList<>();
        if (pathVariable != null) {
            for (String directory : pathVariable.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    candidates.add(Path.of(directory, "stockfish"));
                }
            }
        }
        candidates.add(DEBIAN_LOCATION);
        return candidates.stream().filter(path -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
    }
}
