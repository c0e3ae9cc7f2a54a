package dev.eschess.handrolled.app;

import dev.eschess.handrolled.core.deadline.DeadlineRunner;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the core's {@link DeadlineRunner} with the application: started once the context is refreshed, stopped (a
 * deadline being fired is finished first) before the context closes its data source.
 */
public final class DeadlineLifecycle implements SmartLifecycle {

    private final DeadlineRunner runner;
    private volatile boolean running;

    /** Runs {@code runner} with the application. */
    public DeadlineLifecycle(DeadlineRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
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
}
