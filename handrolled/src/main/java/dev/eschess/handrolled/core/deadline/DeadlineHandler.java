package dev.eschess.handrolled.core.deadline;

import java.time.Instant;

/** What the application does when one of its deadlines is due. */
@FunctionalInterface
public interface DeadlineHandler {

    /**
     * Acts on a due deadline, while its row is locked against every other runner. Returning ends the deadline, also
     * when the application finds it stale; throwing keeps it for another attempt later.
     *
     * @param deadline the due deadline
     * @param firedAt  the instant the runner found it due: never before {@link Deadline#dueAt()}
     */
    void fire(Deadline deadline, Instant firedAt);
}
