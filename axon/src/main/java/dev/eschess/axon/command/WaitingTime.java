package dev.eschess.axon.command;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a new game waits for an opponent before the server ends it ({@code eschess.games.expire-waiting-after});
 * a Spring bean that Axon passes to the aggregate's create handler.
 *
 * @param duration the waiting time, positive
 */
public record WaitingTime(Duration duration) {

    public WaitingTime {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the waiting time must be positive, was " + duration);
        }
    }
}
