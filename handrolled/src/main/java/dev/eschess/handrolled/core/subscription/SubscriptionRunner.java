package dev.eschess.handrolled.core.subscription;

import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one projection from the global log: catches up from the projection's checkpoint in batches, then
 * follows the log live by polling (or sooner when {@link #wakeUp()} is called after an append). The
 * checkpoint is the projection's own, so a restarted runner continues where the last one stopped.
 */
public final class SubscriptionRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRunner.class);

    private final EventStore store;
    private final Projection projection;
    private final int batchSize;
    private final Duration pollInterval;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** A runner reading {@code batchSize} events at a time and polling every {@code pollInterval} when idle. */
    public SubscriptionRunner(EventStore store, Projection projection, int batchSize, Duration pollInterval) {
        this.store = Objects.requireNonNull(store, "store");
        this.projection = Objects.requireNonNull(projection, "projection");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    // tag::cmp-ordering[]
    /** Applies every event after the checkpoint that is committed now; returns how many were applied. */
    public synchronized long catchUp() {
        long applied = 0;
        while (true) {
            long checkpoint = projection.checkpoint();
            List<StoredEvent> batch = store.readAll(checkpoint + 1, batchSize);
            if (batch.isEmpty()) {
                return applied;
            }
            projection.apply(batch);
            applied += projection.checkpoint() - checkpoint;
        }
    }
    // end::cmp-ordering[]

    /** Empties the read model, sets the checkpoint to 0 and replays the whole log; returns the events applied. */
    public synchronized long rebuild() {
        projection.reset();
        return catchUp();
    }

    /** Starts following the log on a daemon thread. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("subscription-" + projection.name()).start(this::follow);
    }

    /** Asks the running runner to look at the log now instead of at the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Stops following and waits for the thread to end. */
    @Override
    public void close() {
        Thread following;
        synchronized (this) {
            running = false;
            following = thread;
        }
        wakeUp();
        if (following != null) {
            try {
                following.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void follow() {
        while (running) {
            try {
                catchUp();
            } catch (RuntimeException e) {
                LOG.warn("projection {} failed; retrying at the next poll", projection.name(), e);
            }
            try {
                if (wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
