package dev.eschess.handrolled.core.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something due to happen to a stream at an instant unless the stream's events make it moot first, such as a flag
 * falling in a game. A stream has at most one deadline of each kind; scheduling it again replaces it.
 *
 * @param streamId the stream it concerns
 * @param kind     the application's name for what is due
 * @param id       new on every (re)scheduling and the same on every attempt: a command id no client can guess
 * @param dueAt    when it is due, to the millisecond (rounded up when scheduled, so it never fires early)
 * @param attempts how many attempts at it failed so far
 */
public record Deadline(String streamId, String kind, UUID id, Instant dueAt, int attempts) {

    public Deadline {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dueAt, "dueAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are not negative, was " + attempts);
        }
    }
}
