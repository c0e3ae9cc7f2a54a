package dev.eschess.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket per client address (Bucket4j): {@code burst} requests at once, then {@code perMinute} a minute.
 * Anonymous requests that create state (a game, a seat) go through it, so that one client cannot fill the database.
 * The table of clients is bounded and forgets a client after ten idle minutes, when its bucket would be full anyway.
 */
public final class ClientRateLimit {

    private static final long MOST_CLIENTS = 100_000;

    private final int burst;
    private final int perMinute;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    /** A limit of {@code burst} at once and {@code perMinute} a minute per client, on the system clock. */
    public ClientRateLimit(int burst, int perMinute) {
        this(burst, perMinute, TimeMeter.SYSTEM_NANOTIME);
    }

    /** The same on a given clock, so that a test can let time pass. */
    ClientRateLimit(int burst, int perMinute, TimeMeter clock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and rate must be positive, got " + burst + " and " + perMinute);
        }
        this.burst = burst;
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.buckets = Caffeine.newBuilder().maximumSize(MOST_CLIENTS).expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /**
     * Takes one request of {@code client} out of its bucket.
     *
     * @throws RateLimited if the bucket is empty; it says how long until the next request is allowed
     */
    public void take(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket() {
        Bandwidth limit = Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(clock).build();
    }

    /** A request refused by the limit; {@link #retryAfter()} until the client may try again. */
    public static final class RateLimited extends RuntimeException {

        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("too many games created or joined from this address; try again in "
                    + ProblemResponses.wholeSeconds(retryAfter) + " s", null, false, false);
            this.retryAfter = retryAfter;
        }

        /** How long the client should wait. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
