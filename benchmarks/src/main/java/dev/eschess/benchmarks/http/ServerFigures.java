package dev.eschess.benchmarks.http;

import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * Writes an HTTP benchmark's figures under a name made of the variant and the event store the server itself reports
 * ({@code GET /api/info}), with the command that ran it when {@code benchmarks/http-bench.sh} says so.
 */
final class ServerFigures {

    /** The environment variable in which {@code benchmarks/http-bench.sh} passes its own command line. */
    static final String COMMAND_VARIABLE = "ESCHESS_BENCH_COMMAND";

    private ServerFigures() {
    }

    /** Writes the figures as {@code <benchmark>-<variant>}, into {@link FigureFile#directory()}. */
    static Optional<Path> write(GameClient client, String benchmark, Map<String, ?> figures, PrintStream out)
            throws IOException, InterruptedException {
        return write(client, (variant, eventStore) -> benchmark + "-" + variant, figures, out);
    }

    /**
     * Writes the figures into {@link FigureFile#directory()} under the name {@code name} gives the server's variant and
     * event store; the path, or empty if the server did not say which variant it is.
     */
    static Optional<Path> write(GameClient client, BinaryOperator<String> name, Map<String, ?> figures,
                                PrintStream out) throws IOException, InterruptedException {
        GameClient.Answer info = client.info();
        String variant = info.body().path("variant").asText("");
        if (!info.ok() || variant.isBlank()) {
            out.println("figures:    not written (GET /api/info answered " + info.status() + ")");
            return Optional.empty();
        }
        String eventStore = info.body().path("eventStore").asText("");
        Map<String, Object> all = new LinkedHashMap<>(figures);
        all.put("variant", variant);
        all.put("event_store", eventStore.isBlank() ? "unknown" : eventStore);
        Optional.ofNullable(System.getenv(COMMAND_VARIABLE)).filter(command -> !command.isBlank())
                .ifPresent(command -> all.put("command", command));
        Path file = FigureFile.of(name.apply(variant, eventStore.isBlank() ? "unknown" : eventStore), all,
                Instant.now()).writeTo(FigureFile.directory());
        out.println("figures:    " + file);
        return Optional.of(file);
    }
}
