package dev.eschess.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.benchmarks.figures.HttpLoadRun;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on a running game server: N games at once, random legal moves for both sides, then a check that every
 * acknowledged move is stored exactly once. Prints moves per second, latency percentiles and refusals.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.http.HttpLoadDriver
 * [URL] [GAMES] [WARMUP_S] [SECONDS] [MAX_MOVES]}, defaults {@code http://localhost:8080 64 10 30 1000000}.
 * Loopback only, bounded in games, time and moves; exit status 1 when the check fails, 2 on bad arguments. The figures
 * also go to {@code http-load-<variant>-<database>-<games>.properties}, variant and database as the server reports them
 * ({@link HttpLoadRun}; see {@link dev.eschess.benchmarks.figures.FigureFile}).
 */
public final class HttpLoadDriver {

    private HttpLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings;
        try {
            settings = LoadSettings.fromArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; usage: HttpLoadDriver [URL] [GAMES] [WARMUP_S] [SECONDS] [MAX_MOVES]");
            System.exit(2);
            return;
        }
        boolean stored = run(settings, System.out, true);
        System.exit(stored ? 0 : 1);
    }

    /**
     * Runs the load and the check, prints the report and, if {@code writeFigures}, writes the figure file; whether
     * every acknowledged move was stored exactly once.
     */
    static boolean run(LoadSettings settings, PrintStream out, boolean writeFigures)
            throws InterruptedException, IOException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            GameClient client = new GameClient(http, settings.baseUrl());
            long start = System.nanoTime();
            long measureFrom = start + settings.warmUp().toNanos();
            long stopAt = measureFrom + settings.duration().toNanos();
            AtomicLong movesLeft = new AtomicLong(settings.maxMoves());
            List<Future<GamePlayer>> running = new ArrayList<>();
            for (int slot = 0; slot < settings.games(); slot++) {
                running.add(threads.submit(new GamePlayer(client, settings.seed() * 1_000_003L + slot, measureFrom,
                        stopAt, movesLeft, "load-" + slot)));
            }
            List<GamePlayer> players = new ArrayList<>();
            for (Future<GamePlayer> player : running) {
                try {
                    players.add(player.get());
                } catch (ExecutionException e) {
                    throw new IOException("a player failed: " + e.getCause(), e.getCause());
                }
            }
            long end = players.stream().mapToLong(player -> player.lastAnswerNanos).max().orElse(stopAt);
            Map<String, Object> figures = report(settings, players, Math.max(1, end - measureFrom), out);
            boolean stored = check(client, players, out);
            figures.put("stored_exactly_once", stored);
            if (writeFigures) {
                ServerFigures.write(client,
                        (variant, database) -> new HttpLoadRun(variant, database, settings.games()).fileName(),
                        figures, out);
            }
            return stored;
        }
    }

    /** Prints the report; the same figures for the figure file. */
    private static Map<String, Object> report(LoadSettings settings, List<GamePlayer> players, long measuredNanos,
                                              PrintStream out) {
        long[] sorted = LatencyRecorder.sorted(players.stream().map(player -> player.latencies).toList());
        long refusals = players.stream().mapToLong(player -> player.measuredRefusals).sum();
        out.printf(Locale.ROOT, "server:     %s, %d games at once, %d s warm-up, %.1f s measured%n",
                settings.baseUrl(), settings.games(), settings.warmUp().toSeconds(), measuredNanos / 1e9);
        out.printf(Locale.ROOT, "moves:      %d acknowledged, %.0f moves/s%n", sorted.length,
                sorted.length / (measuredNanos / 1e9));
        out.printf(Locale.ROOT, "latency:    p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                LatencyRecorder.percentileMillis(sorted, 0.50), LatencyRecorder.percentileMillis(sorted, 0.90),
                LatencyRecorder.percentileMillis(sorted, 0.99), LatencyRecorder.percentileMillis(sorted, 1.0));
        out.printf(Locale.ROOT, "non-2xx:    %d answers to moves%n", refusals);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("games", settings.games());
        figures.put("warmup_s", settings.warmUp().toSeconds());
        figures.put("seconds", settings.duration().toSeconds());
        figures.put("measured_s", round(measuredNanos / 1e9));
        figures.put("moves", sorted.length);
        figures.put("moves_per_s", round(sorted.length / (measuredNanos / 1e9)));
        figures.put("p50_ms", round(LatencyRecorder.percentileMillis(sorted, 0.50)));
        figures.put("p90_ms", round(LatencyRecorder.percentileMillis(sorted, 0.90)));
        figures.put("p99_ms", round(LatencyRecorder.percentileMillis(sorted, 0.99)));
        figures.put("max_ms", round(LatencyRecorder.percentileMillis(sorted, 1.0)));
        figures.put("non_2xx", refusals);
        return figures;
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Every game's stored MovePlayed events equal the moves the server acknowledged for it. */
    private static boolean check(GameClient client, List<GamePlayer> players, PrintStream out)
            throws IOException, InterruptedException {
        Map<String, Long> acknowledged = new HashMap<>();
        players.forEach(player -> acknowledged.putAll(player.acknowledgedMoves));
        long wrong = 0;
        long stored = 0;
        for (Map.Entry<String, Long> game : acknowledged.entrySet()) {
            GameClient.Answer events = client.events(game.getKey());
            long moves = 0;
            for (JsonNode event : events.body()) {
                if ("MovePlayed".equals(event.path("type").asText())) {
                    moves++;
                }
            }
            stored += moves;
            if (!events.ok() || moves != game.getValue()) {
                wrong++;
                out.printf(Locale.ROOT, "MISMATCH:   game %s acknowledged %d moves, stores %d%n", game.getKey(),
                        game.getValue(), moves);
            }
        }
        out.printf(Locale.ROOT, "stored:     %d games, %d moves (warm-up included) %s%n", acknowledged.size(), stored,
                wrong == 0 ? "each acknowledged move stored exactly once" : wrong + " games DIFFER");
        return wrong == 0;
    }
}
