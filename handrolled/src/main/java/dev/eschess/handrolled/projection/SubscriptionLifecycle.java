package dev.eschess.handrolled.projection;

import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a {@link SubscriptionRunner} with the application: started once the context is refreshed (it catches up from
 * its projection's checkpoint, then follows the log by polling and on every append of this instance), stopped before
 * the context closes. The server has three: the lobby and the games' deadlines (durable checkpoints, ADR 0062) and
 * the live feed (in memory).
 */
public final class SubscriptionLifecycle implements SmartLifecycle {

    private final SubscriptionRunner runner;
    private volatile boolean running;

    /** Runs {@code runner} with the application. */
    public SubscriptionLifecycle(SubscriptionRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Asks the runner to look for new events now instead of at its next poll (after an append of this instance). */
    public void wakeUp() {
        runner.wakeUp();
    }

    @Override
    public void start() {
        runner.start();
        running = true;
    }

    @Override
    public void stop() {
        runner.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Empties the read model and replays the whole log into it, for example after a change of the read model. */
    public long rebuild() {
        return runner.rebuild();
    }
}
