package dev.eschess.web.live;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many live streams may be open at once: per client address and in total. A stream takes a {@link Ticket} before
 * it opens and gives it back when it ends, so one client cannot hold the server's connections, threads or memory with
 * streams it never reads. Thread-safe.
 */
public final class StreamQuota {

    private final int perClient;
    private final int total;
    private final Duration retryAfter;
    private final ConcurrentMap<String, Integer> byClient = new ConcurrentHashMap<>();
    private final Object totalLock = new Object();
    private int held;

    /**
     * A quota with nothing taken yet.
     *
     * @param perClient  streams one client address may hold at once
     * @param total      streams the whole server holds at once
     * @param retryAfter what a refused client is told to wait before trying again
     */
    public StreamQuota(int perClient, int total, Duration retryAfter) {
        if (perClient < 1 || total < perClient) {
            throw new IllegalArgumentException("need 1 <= per client <= total, got " + perClient + " and " + total);
        }
        this.perClient = perClient;
        this.total = total;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A ticket for one more stream of {@code client}, or empty when the client or the server is at its limit. */
    public Optional<Ticket> take(String client) {
        Objects.requireNonNull(client, "client");
        boolean[] granted = {false};
        byClient.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perClient || !takeFromTotal()) {
                return count;
            }
            granted[0] = true;
            return now + 1;
        });
        return granted[0] ? Optional.of(new Ticket(client)) : Optional.empty();
    }

    /** What a refused client is told to wait. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Streams held now by {@code client}. */
    public int heldBy(String client) {
        return byClient.getOrDefault(client, 0);
    }

    /** Streams held now, over all clients. */
    public int held() {
        synchronized (totalLock) {
            return held;
        }
    }

    private boolean takeFromTotal() {
        synchronized (totalLock) {
            if (held >= total) {
                return false;
            }
            held++;
            return true;
        }
    }

    private void giveBack(String client) {
        byClient.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
        synchronized (totalLock) {
            held--;
        }
    }

    /** One stream's place in the quota; giving it back twice counts once. */
    public final class Ticket {
        private final String client;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Ticket(String client) {
            this.client = client;
        }

        /** Frees the place; later calls do nothing. */
        public void giveBack() {
            if (returned.compareAndSet(false, true)) {
                StreamQuota.this.giveBack(client);
            }
        }
    }
}
