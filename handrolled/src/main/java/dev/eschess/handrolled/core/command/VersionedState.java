package dev.eschess.handrolled.core.command;

import java.util.Objects;

/**
 * A stream's state and the version it was folded up to.
 *
 * @param state   the state
 * @param version the number of events folded into it (0 for the initial state)
 * @param <S>     the state type
 */
public record VersionedState<S>(S state, long version) {

    public VersionedState {
        Objects.requireNonNull(state, "state");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
    }
}
