package dev.eschess.handrolled.core.subscription;

import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.util.List;

/**
 * A read model fed from the global log, which keeps its own checkpoint: the position of the last event it has
 * applied. {@link #apply} stores the read model's changes and the new checkpoint together, atomically, and
 * skips events at or below the checkpoint, so a batch delivered twice changes nothing the second time.
 */
public interface Projection {

    /** A stable name, the key of its checkpoint. */
    String name();

    /** The position of the last event applied, 0 before the first. */
    long checkpoint();

    /** Applies a gapless batch of the log in position order and moves the checkpoint to its end, atomically. */
    void apply(List<StoredEvent> batch);

    /** Empties the read model and sets the checkpoint back to 0, atomically, so it can be rebuilt. */
    void reset();
}
