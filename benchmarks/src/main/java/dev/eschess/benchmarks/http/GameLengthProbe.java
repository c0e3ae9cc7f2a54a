package dev.eschess.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether the cost of a command and of reading a game stays flat as the game grows: for each length it grows one
 * game to that many events through the API alone, as players could (each ply: the mover offers a draw, the opponent
 * declines, the mover makes a quiet move chosen by {@link QuietGameWalk}), then times {@code GET /api/games/{id}}
 * and the three commands of a ply, one request at a time.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.http.GameLengthProbe [URL] [LENGTHS]
 * [SAMPLES]}, defaults {@code http://localhost:8080 100,9000 300}. Loopback only, bounded by its arguments; a
 * length plus three events per sample stays below the server's limit of events per game. The figures also go to
 * {@code http-lengths-<variant>.properties}, keyed by length ({@code command_p50_ms_at_9000}).
 */
public final class GameLengthProbe {

    /** Room below the domain's limit of 10,000 events per game, which keeps its last events for a resignation. */
    private static final int MAX_EVENTS = 9_990;
    private static final int MAX_SAMPLES = 5_000;

    private GameLengthProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int[] lengths = Arrays.stream((args.length > 1 ? args[1] : "100,9000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int samples = Integer.parseInt(args.length > 2 ? args[2] : "300");
        // The same loopback check and bounds as the load driver.
        new LoadSettings(url, 1, Duration.ZERO, Duration.ofSeconds(1), 1, 0);
        if (samples < 1 || samples > MAX_SAMPLES
                || Arrays.stream(lengths).anyMatch(n -> n < 4 || n + 3L * samples > MAX_EVENTS)) {
            System.err.println("lengths from 4, samples 1.." + MAX_SAMPLES + ", length + 3 x samples at most "
                    + MAX_EVENTS);
            System.exit(2);
        }
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            GameClient client = new GameClient(http, url);
            Map<String, Object> figures = new LinkedHashMap<>();
            for (int length : lengths) {
                figures.putAll(probe(client, length, samples));
            }
            figures.put("lengths", Arrays.stream(lengths).mapToObj(String::valueOf).collect(Collectors.joining(",")));
            figures.put("samples", samples);
            ServerFigures.write(client, "http-lengths", figures, System.out);
        }
    }

    /** Grows one game to {@code length} events and times it; its figures, keyed by the length. */
    private static Map<String, Object> probe(GameClient client, int length, int samples)
            throws IOException, InterruptedException {
        GameClient.Answer created = client.create("probe-white");
        String gameId = created.body().path("gameId").asText();
        String[] tokens = {created.body().path("playerToken").asText(),
                client.join(gameId, "probe-black").body().path("playerToken").asText()};
        QuietGameWalk walk = new QuietGameWalk(length);
        long version = 2;
        int ply = 0;
        while (version < length) {
            version = playPly(client, gameId, tokens, ply++, walk, null);
        }
        long[] gets = new long[samples];
        long[] commands = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            GameClient.Answer view = client.view(gameId);
            gets[i] = System.nanoTime() - start;
            require(view, gameId);
            long[] elapsed = new long[1];
            playPly(client, gameId, tokens, ply++, walk, elapsed);
            commands[i] = elapsed[0];
        }
        System.out.printf(Locale.ROOT, "game of %,d events: GET /api/games/{id} %s; a command %s%n", length,
                summary(gets), summary(commands));
        return Map.of("view_p50_ms_at_" + length, p50(gets), "command_p50_ms_at_" + length, p50(commands));
    }

    private static String p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f", LatencyRecorder.percentileMillis(sorted, 0.5));
    }

    /** One ply of three commands: the mover offers a draw, the opponent declines, the mover moves; the version after. */
    private static long playPly(GameClient client, String gameId, String[] tokens, int ply, QuietGameWalk walk,
                                long[] elapsed) throws IOException, InterruptedException {
        String mover = tokens[ply % 2];
        String opponent = tokens[1 - ply % 2];
        String move = walk.next().orElseThrow(() -> new IOException("game " + gameId + " has no quiet move left"));
        long start = System.nanoTime();
        require(client.act(gameId, mover, "draw-offer"), gameId);
        require(client.act(gameId, opponent, "draw-decline"), gameId);
        GameClient.Answer moved = client.move(gameId, mover, move);
        long end = System.nanoTime();
        require(moved, gameId);
        if (elapsed != null) {
            elapsed[0] = (end - start) / 3;
        }
        return moved.body().path("version").asLong();
    }

    private static void require(GameClient.Answer answer, String gameId) throws IOException {
        if (!answer.ok()) {
            throw new IOException("game " + gameId + " answered " + answer.status() + " " + answer.body());
        }
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "mean %.2f ms, p50 %.2f ms", mean,
                LatencyRecorder.percentileMillis(sorted, 0.5));
    }
}
