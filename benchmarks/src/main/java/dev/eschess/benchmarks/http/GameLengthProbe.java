package dev.eschess.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the cost of a command and of reading a game stays flat as the game grows: for each length it grows one
 * game to that many events (a draw offered and declined, over and over), then times {@code GET /api/games/{id}}
 * and the offer/decline commands, one request at a time.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.http.GameLengthProbe [URL] [LENGTHS]
 * [SAMPLES]}, defaults {@code http://localhost:8080 100,10000 300}. Loopback only, bounded by its arguments.
 */
public final class GameLengthProbe {

    private static final int MAX_LENGTH = 20_000;
    private static final int MAX_SAMPLES = 5_000;

    private GameLengthProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int[] lengths = Arrays.stream((args.length > 1 ? args[1] : "100,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int samples = Integer.parseInt(args.length > 2 ? args[2] : "300");
        // The same loopback check and bounds as the load driver.
        new LoadSettings(url, 1, Duration.ZERO, Duration.ofSeconds(1), 1, 0);
        if (samples < 1 || samples > MAX_SAMPLES || Arrays.stream(lengths).anyMatch(n -> n < 4 || n > MAX_LENGTH)) {
            System.err.println("lengths 4.." + MAX_LENGTH + ", samples 1.." + MAX_SAMPLES);
            System.exit(2);
        }
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            GameClient client = new GameClient(http, url);
            for (int length : lengths) {
                probe(client, length, samples);
            }
        }
    }

    private static void probe(GameClient client, int length, int samples) throws IOException, InterruptedException {
        GameClient.Answer created = client.create("probe-white");
        String gameId = created.body().path("gameId").asText();
        String white = created.body().path("playerToken").asText();
        String black = client.join(gameId, "probe-black").body().path("playerToken").asText();
        long version = 2;
        while (version < length) {
            version = offerAndDecline(client, gameId, white, black, null);
        }
        long[] gets = new long[samples];
        long[] commands = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            GameClient.Answer view = client.view(gameId);
            gets[i] = System.nanoTime() - start;
            require(view, gameId);
            long[] elapsed = new long[2];
            offerAndDecline(client, gameId, white, black, elapsed);
            commands[i] = elapsed[0];
        }
        System.out.printf(Locale.ROOT, "game of %,d events: GET /api/games/{id} %s; a command %s%n", length,
                summary(gets), summary(commands));
    }

    /** Offers a draw for white and declines it for black; the game's version after both. */
    private static long offerAndDecline(GameClient client, String gameId, String white, String black, long[] elapsed)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        GameClient.Answer offered = client.act(gameId, white, "draw-offer");
        long middle = System.nanoTime();
        GameClient.Answer declined = client.act(gameId, black, "draw-decline");
        long end = System.nanoTime();
        require(offered, gameId);
        require(declined, gameId);
        if (elapsed != null) {
            elapsed[0] = ((middle - start) + (end - middle)) / 2;
        }
        return declined.body().path("version").asLong();
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
