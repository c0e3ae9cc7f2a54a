package dev.eschess.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Startup time and memory of a packaged server: starts the jar on a fresh H2 file under {@code benchmarks/target/},
 * times the first successful {@code GET /api/info} from the moment the process is started, reads heap (actuator) and
 * resident set size (Linux {@code /proc}) when idle, optionally after a short load by {@link HttpLoadDriver}, and
 * stops the server. Prints the figures and writes them to {@code startup-<variant>.properties}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.http.StartupProbe JAR [GAMES] [SECONDS]
 * [-- SERVER ARGS...]}, defaults {@code 0 0}: no load. The server runs on the {@code java} running the probe.
 */
public final class StartupProbe {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> own = new ArrayList<>();
        List<String> serverArgs = new ArrayList<>();
        int dash = Arrays.asList(args).indexOf("--");
        own.addAll(Arrays.asList(args).subList(0, dash < 0 ? args.length : dash));
        if (dash >= 0) {
            serverArgs.addAll(Arrays.asList(args).subList(dash + 1, args.length));
        }
        if (own.isEmpty() || !Files.isRegularFile(Path.of(own.getFirst()))) {
            System.err.println("usage: StartupProbe JAR [GAMES] [SECONDS] [-- SERVER ARGS...]; the JAR must exist");
            System.exit(2);
        }
        int games = own.size() > 1 ? Integer.parseInt(own.get(1)) : 0;
        int seconds = own.size() > 2 ? Integer.parseInt(own.get(2)) : 0;
        System.exit(run(Path.of(own.getFirst()), games, seconds, serverArgs, System.out) ? 0 : 1);
    }

    /** Starts, measures and stops one server; whether it answered and (under load) stored every move once. */
    static boolean run(Path jar, int games, int seconds, List<String> serverArgs, PrintStream out)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("benchmarks", "target")), "startup-probe.");
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-jar", jar.toString(),
                "--server.port=" + port, "--management.server.port=" + managementPort,
                "--spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("games")
                        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                // The load driver creates games from one address: ADR 0059's per-address limit is raised for it.
                "--eschess.web.rate-limit.creations.burst=1000000",
                "--eschess.web.rate-limit.creations.per-minute=1000000"));
        command.addAll(serverArgs);
        URI base = URI.create("http://127.0.0.1:" + port);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            long started = System.nanoTime();
            Process server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("server.log").toFile()).start();
            try {
                Optional<JsonNode> info = firstAnswer(http, base, server);
                if (info.isEmpty()) {
                    out.println("server did not answer; see " + work.resolve("server.log"));
                    return false;
                }
                double firstAnswerMs = (System.nanoTime() - started) / 1e6;
                String variant = info.get().path("variant").asText("unknown");
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("jar", jar.toString());
                figures.put("first_answer_ms", String.format(Locale.ROOT, "%.0f", firstAnswerMs));
                memory(http, managementPort, server, "idle", figures);
                boolean stored = true;
                if (games > 0 && seconds > 0) {
                    stored = HttpLoadDriver.run(new LoadSettings(base, games, Duration.ZERO,
                            Duration.ofSeconds(seconds), 1_000_000, 42), out, false);
                    figures.put("load_games", games);
                    figures.put("load_seconds", seconds);
                    memory(http, managementPort, server, "after_load", figures);
                }
                figures.put("variant", variant);
                figures.forEach((key, value) -> out.printf(Locale.ROOT, "%-26s %s%n", key + ":", value));
                out.println("figures:    " + FigureFile.of("startup-" + variant, figures, Instant.now())
                        .writeTo(FigureFile.directory()));
                return stored;
            } finally {
                stop(server);
            }
        }
    }

    /** The body of the first 200 answer to {@code GET /api/info}; empty if the server died or took too long. */
    private static Optional<JsonNode> firstAnswer(HttpClient http, URI base, Process server)
            throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/info")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return Optional.of(JSON.readTree(answer.body()));
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(POLL.toMillis());
        }
        return Optional.empty();
    }

    /** Heap in use (actuator's {@code jvm.memory.used}, area heap) and the process's resident set, in MiB. */
    private static void memory(HttpClient http, int managementPort, Process server, String when,
                               Map<String, Object> figures) throws InterruptedException {
        URI metric = URI.create("http://127.0.0.1:" + managementPort + "/actuator/metrics/jvm.memory.used?tag=area:heap");
        // The management port may open a moment after the server port: a few tries, then the figure stays missing.
        for (int attempt = 0; attempt < 50 && !figures.containsKey("heap_used_mb_" + when); attempt++) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(metric).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                double bytes = JSON.readTree(answer.body()).path("measurements").path(0).path("value").asDouble(-1);
                if (answer.statusCode() == 200 && bytes >= 0) {
                    figures.put("heap_used_mb_" + when, mebibytes(bytes));
                }
            } catch (IOException notYet) {
                Thread.sleep(POLL.toMillis() * 5);
            }
        }
        residentSetKb(server.pid()).ifPresent(kb -> figures.put("rss_mb_" + when, mebibytes(kb * 1024.0)));
    }

    /** {@code VmRSS} of {@code /proc/PID/status}; empty where there is no such file (not Linux). */
    private static Optional<Long> residentSetKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | NumberFormatException unavailable) {
            return Optional.empty();
        }
    }

    private static String mebibytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Asks the server to stop (Spring's graceful shutdown) and kills it if it is still there after 30 s. */
    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
