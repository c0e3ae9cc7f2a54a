package dev.eschess.benchmarks.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one load run does: how many games at once against which server, for how long, with how many moves at most.
 *
 * @param baseUrl  the server, loopback only ({@code http://localhost:8080})
 * @param games    games played at once, one request in flight per game
 * @param warmUp   played but not measured
 * @param duration measured, after the warm-up
 * @param maxMoves the measured phase stops after this many acknowledged moves even if time is left
 * @param seed     the random source of the moves (each game draws from its own stream of it)
 */
public record LoadSettings(URI baseUrl, int games, Duration warmUp, Duration duration, long maxMoves, long seed) {

    /** Hard bounds, so that a mistyped argument cannot turn a benchmark into a flood. */
    static final int MAX_GAMES = 1024;
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    /**
     * Settings from command-line arguments {@code [URL] [GAMES] [WARMUP_S] [SECONDS] [MAX_MOVES]}, defaults
     * {@code http://localhost:8080 64 10 30 1000000}, seed 42.
     *
     * @throws IllegalArgumentException if an argument is not a number or breaks the bounds
     */
    static LoadSettings fromArguments(String[] args) {
        return new LoadSettings(
                URI.create(argument(args, 0, "http://localhost:8080")),
                Integer.parseInt(argument(args, 1, "64")),
                Duration.ofSeconds(Long.parseLong(argument(args, 2, "10"))),
                Duration.ofSeconds(Long.parseLong(argument(args, 3, "30"))),
                Long.parseLong(argument(args, 4, "1000000")),
                42);
    }

    private static String argument(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }

    public LoadSettings {
        if (games < 1 || games > MAX_GAMES) {
            throw new IllegalArgumentException("games must be 1.." + MAX_GAMES + ", not " + games);
        }
        if (warmUp.isNegative() || duration.isNegative() || duration.isZero()
                || warmUp.plus(duration).compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("warm-up plus duration must be positive and at most " + MAX_DURATION);
        }
        if (maxMoves < 1) {
            throw new IllegalArgumentException("maxMoves must be positive, not " + maxMoves);
        }
        if (!isLoopback(baseUrl)) {
            throw new IllegalArgumentException("load goes to this machine only (localhost, 127.0.0.0/8, ::1), not "
                    + baseUrl);
        }
    }

    private static boolean isLoopback(URI url) {
        if (url.getHost() == null || !"http".equals(url.getScheme())) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
