package dev.eschess.benchmarks.http;

import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes an HTTP benchmark's figures as {@code <benchmark>-<variant>}, the variant asked of the server itself. */
final class ServerFigures {

    private ServerFigures() {
    }

    /** Writes the figures into {@link FigureFile#directory()}; the path, or empty if the server did not say who it is. */
    static Optional<Path> write(GameClient client, String benchmark, Map<String, ?> figures, PrintStream out)
            throws IOException, InterruptedException {
        GameClient.Answer info = client.info();
        String variant = info.body().path("variant").asText("");
        if (!info.ok() || variant.isBlank()) {
            out.println("figures:    not written (GET /api/info answered " + info.status() + ")");
            return Optional.empty();
        }
        Map<String, Object> all = new LinkedHashMap<>(figures);
        all.put("variant", variant);
        all.put("event_store", info.body().path("eventStore").asText("unknown"));
        Path file = FigureFile.of(benchmark + "-" + variant, all, Instant.now()).writeTo(FigureFile.directory());
        out.println("figures:    " + file);
        return Optional.of(file);
    }
}
