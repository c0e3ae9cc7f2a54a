package dev.eschess.handrolled.core.eventstore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Counts what happened to each conformance case per backend (the {@code @Nested} class name), so the suite
 * can fail when a backend's cases were skipped, disabled or never ran.
 */
public final class ConformanceLedger implements TestWatcher {

    /** Outcomes per backend. */
    record Tally(int passed, int failed, int skipped) {
        Tally plus(Tally other) {
            return new Tally(passed + other.passed, failed + other.failed, skipped + other.skipped);
        }
    }

    private static final ConcurrentMap<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, String> NOTES = new ConcurrentHashMap<>();

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, new Tally(1, 0, 0));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, new Tally(0, 1, 0));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, new Tally(0, 0, 1));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, new Tally(0, 0, 1));
    }

    private static void record(ExtensionContext context, Tally tally) {
        TALLIES.merge(context.getRequiredTestClass().getSimpleName(), tally, Tally::plus);
    }

    static Tally tally(String backend) {
        return TALLIES.getOrDefault(backend, new Tally(0, 0, 0));
    }

    static void recordRaceRounds(Class<?> backend, int rounds) {
        NOTES.merge(backend.getSimpleName(), "race rounds: " + rounds, (a, b) -> a + "; " + b);
    }

    static void recordTailing(Class<?> backend, int committed, int rolledBackEvents, int liveReads) {
        NOTES.merge(backend.getSimpleName(), "tailing: " + committed + " committed events received once in order, "
                + rolledBackEvents + " rolled-back events never seen, " + liveReads + " non-empty reads while writing",
                (a, b) -> a + "; " + b);
    }

    static Map<String, String> notes() {
        return Map.copyOf(NOTES);
    }
}
