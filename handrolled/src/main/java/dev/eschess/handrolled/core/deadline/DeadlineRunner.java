package dev.eschess.handrolled.core.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due deadlines on a daemon thread: every deadline due now, one transaction each, then sleeps until the next
 * one is due but never longer than the poll interval, so that a deadline another instance scheduled is seen in time.
 * A failing database is logged and tried again after a pause; it never ends the thread.
 */
public final class DeadlineRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRunner.class);

    /** The pause after the database failed. */
    public static final Duration OUTAGE_PAUSE = Duration.ofSeconds(1);

    private final JdbcDeadlines deadlines;
    private final DeadlineHandler handler;
    private final Clock clock;
    private final Duration pollInterval;
    private final String threadName;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** A runner of {@code handler} on {@code deadlines}; the clock says when a deadline is due and when it fired. */
    public DeadlineRunner(JdbcDeadlines deadlines, DeadlineHandler handler, Clock clock, Duration pollInterval) {
        this(deadlines, handler, clock, pollInterval, "deadlines");
    }

    /** The same, on a thread named {@code threadName} (for an instance with several runners). */
    public DeadlineRunner(JdbcDeadlines deadlines, DeadlineHandler handler, Clock clock, Duration pollInterval,
                          String threadName) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, was " + pollInterval);
        }
        this.pollInterval = pollInterval;
    }

    /** Starts firing on a daemon thread. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
    }

    /** Asks the running runner to look for due deadlines now instead of at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Stops firing and waits for the thread to end (a deadline being fired is finished first). */
    @Override
    public void close() {
        Thread firing;
        synchronized (this) {
            running = false;
            firing = thread;
        }
        wakeUp();
        if (firing != null) {
            try {
                firing.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            Duration pause;
            try {
                pause = untilNextAttempt(fireDueWhileRunning());
            } catch (RuntimeException e) {
                LOG.warn("cannot fire deadlines; trying again in {}", OUTAGE_PAUSE, e);
                pause = OUTAGE_PAUSE;
            }
            try {
                if (wakeUps.tryAcquire(Math.max(pause.toMillis(), 1), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Fires due deadlines, one transaction each, until none is due or the runner closes (the rest stays due for the
     * next run); returns the instant at which it last looked.
     */
    private Instant fireDueWhileRunning() {
        Instant now = clock.instant();
        while (running && deadlines.fireNextDue(now, handler)) {
            now = clock.instant();
        }
        return now;
    }

    /**
     * The sleep until the first deadline after the last look, at most the poll interval. A deadline that came due
     * since the last look makes it zero; one due before it but held by another runner is that runner's to fire.
     */
    private Duration untilNextAttempt(Instant lastLook) {
        return deadlines.nextAttemptAfter(lastLook)
                .map(next -> Duration.between(clock.instant(), next))
                .filter(untilNext -> untilNext.compareTo(pollInterval) < 0)
                .orElse(pollInterval);
    }
}
