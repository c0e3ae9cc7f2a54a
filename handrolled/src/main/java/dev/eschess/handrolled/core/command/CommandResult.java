package dev.eschess.handrolled.core.command;

import java.util.List;
import java.util.Objects;

/**
 * What a handled command did.
 *
 * @param events         the events the command appended; for a repeated command id, the events it appended the
 *                       first time
 * @param state          the stream's state now
 * @param streamVersion  the stream's version now
 * @param alreadyApplied whether the command id had been applied before, so nothing was stored this time
 * @param attempts       how many times the decision ran (more than 1 after conflicts with other writers)
 * @param <E>            events
 * @param <S>            state
 */
public record CommandResult<E, S>(List<E> events, S state, long streamVersion, boolean alreadyApplied, int attempts) {

    public CommandResult {
        events = List.copyOf(events);
        Objects.requireNonNull(state, "state");
    }
}
