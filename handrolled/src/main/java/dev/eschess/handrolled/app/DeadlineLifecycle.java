package dev.eschess.handrolled.app;

import dev.eschess.handrolled.core.deadline.DeadlineRunner;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the core's {@link DeadlineRunner}s with the application: started once the context is refreshed, stopped (a
 * deadline being fired is finished first) before the context closes its data source.
 */
public final class DeadlineLifecycle implements SmartLifecycle {

    private final List<DeadlineRunner> runners;
    private volatile boolean running;

    /** Runs {@code runner} with the application. */
    public DeadlineLifecycle(DeadlineRunner runner) {
        this(List.of(runner));
    }

    /** Runs all of {@code runners} with the application (the computer's threads, ADR 0066). */
    public DeadlineLifecycle(List<DeadlineRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    @Override
    public void start() {
        runners.forEach(DeadlineRunner::start);
        running = true;
    }

    /** Stops all runners at once, so that none claims more work while another finishes its deadline. */
    @Override
    public void stop() {
        List<Thread> closing = runners.stream().map(runner -> Thread.ofVirtual().start(runner::close)).toList();
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
