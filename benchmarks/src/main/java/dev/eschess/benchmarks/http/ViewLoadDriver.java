package dev.eschess.benchmarks.http;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ceiling of the HTTP stack on this machine: N clients each read one active game's view again and again
 * ({@code GET /api/games/{id}}), nothing is written. A move costs at least this much, in the server and in the driver.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.http.ViewLoadDriver
 * [URL] [CLIENTS] [WARMUP_S] [SECONDS]}, defaults {@code http://localhost:8080 64 10 30}. Loopback only, bounded in
 * clients and time; exit status 1 when an answer is not 200, 2 on bad arguments. The figures also go to
 * {@code http-views-<variant>.properties}.
 */
public final class ViewLoadDriver {

    private ViewLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings;
        try {
            settings = LoadSettings.fromArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; usage: ViewLoadDriver [URL] [CLIENTS] [WARMUP_S] [SECONDS]");
            System.exit(2);
            return;
        }
        System.exit(run(settings, System.out) ? 0 : 1);
    }

    /** Runs the reads and prints the report; whether every answer was 200. */
    static boolean run(LoadSettings settings, PrintStream out) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            GameClient client = new GameClient(http, settings.baseUrl());
            long start = System.nanoTime();
            long measureFrom = start + settings.warmUp().toNanos();
            long stopAt = measureFrom + settings.duration().toNanos();
            List<Future<Reader>> running = new ArrayList<>();
            for (int slot = 0; slot < settings.games(); slot++) {
                running.add(threads.submit(new Reader(client, "view-" + slot, measureFrom, stopAt)));
            }
            List<LatencyRecorder> latencies = new ArrayList<>();
            long failures = 0;
            for (Future<Reader> reader : running) {
                try {
                    latencies.add(reader.get().latencies);
                    failures += reader.get().failures;
                } catch (ExecutionException e) {
                    throw new IOException("a reader failed: " + e.getCause(), e.getCause());
                }
            }
            long[] sorted = LatencyRecorder.sorted(latencies);
            double seconds = (System.nanoTime() - measureFrom) / 1e9;
            out.printf(Locale.ROOT, "server:     %s, %d clients reading game views, %d s warm-up, %.1f s measured%n",
                    settings.baseUrl(), settings.games(), settings.warmUp().toSeconds(), seconds);
            out.printf(Locale.ROOT, "reads:      %d answered, %.0f reads/s, %d not 200%n", sorted.length,
                    sorted.length / seconds, failures);
            out.printf(Locale.ROOT, "latency:    p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    LatencyRecorder.percentileMillis(sorted, 0.50), LatencyRecorder.percentileMillis(sorted, 0.90),
                    LatencyRecorder.percentileMillis(sorted, 0.99), LatencyRecorder.percentileMillis(sorted, 1.0));
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("clients", settings.games());
            figures.put("reads", sorted.length);
            figures.put("reads_per_s", String.format(Locale.ROOT, "%.1f", sorted.length / seconds));
            figures.put("p50_ms", String.format(Locale.ROOT, "%.1f", LatencyRecorder.percentileMillis(sorted, 0.50)));
            figures.put("p99_ms", String.format(Locale.ROOT, "%.1f", LatencyRecorder.percentileMillis(sorted, 0.99)));
            figures.put("not_200", failures);
            ServerFigures.write(client, "http-views", figures, out);
            return failures == 0;
        }
    }

    /** One client: starts a game, then reads its view until the time is up, one request in flight. */
    private static final class Reader implements Callable<Reader> {
        private final GameClient client;
        private final String name;
        private final long measureFrom;
        private final long stopAt;
        private final LatencyRecorder latencies = new LatencyRecorder();
        private long failures;

        Reader(GameClient client, String name, long measureFrom, long stopAt) {
            this.client = client;
            this.name = name;
            this.measureFrom = measureFrom;
            this.stopAt = stopAt;
        }

        @Override
        public Reader call() throws IOException, InterruptedException {
            GameClient.Answer created = client.create(name + "-white");
            String gameId = created.body().path("gameId").asText();
            client.join(gameId, name + "-black");
            while (System.nanoTime() < stopAt) {
                long begin = System.nanoTime();
                GameClient.Answer answer = client.view(gameId);
                long end = System.nanoTime();
                if (begin >= measureFrom) {
                    latencies.record(end - begin);
                    if (!answer.ok()) {
                        failures++;
                    }
                }
            }
            return this;
        }
    }
}
