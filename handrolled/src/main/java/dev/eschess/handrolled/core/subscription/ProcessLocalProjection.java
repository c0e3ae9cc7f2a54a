package dev.eschess.handrolled.core.subscription;

import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A projection of one process: its checkpoint lives in memory and starts where the log ends when it is created,
 * so it sees every event appended from then on, by this process or any other on the same store, and nothing older.
 * For work that only matters while the process runs, such as pushing changes to this process's open connections;
 * a durable read model is a {@link JdbcProjection}.
 */
public abstract class ProcessLocalProjection implements Projection {

    private final String name;
    private final AtomicLong checkpoint;

    /** A projection named {@code name} that starts after position {@code startAfter} (the log's head, usually). */
    protected ProcessLocalProjection(String name, long startAfter) {
        this.name = Objects.requireNonNull(name, "name");
        if (startAfter < 0) {
            throw new IllegalArgumentException("positions are not negative, was " + startAfter);
        }
        this.checkpoint = new AtomicLong(startAfter);
    }

    /** Handles one new event; a failure stops the batch there and the event is delivered again. */
    protected abstract void handle(StoredEvent event);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final long checkpoint() {
        return checkpoint.get();
    }

    // tag::tour-checkpoint[]
    @Override
    public final void apply(List<StoredEvent> batch) {
        for (StoredEvent event : batch) {
            if (event.position() > checkpoint.get()) {
                handle(event);
                checkpoint.set(event.position());
            }
        }
    }
    // end::tour-checkpoint[]

    /** Sets the checkpoint back to 0: the next catch-up delivers the whole log again. */
    @Override
    public final void reset() {
        checkpoint.set(0);
    }
}
