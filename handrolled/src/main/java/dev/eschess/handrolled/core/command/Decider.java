package dev.eschess.handrolled.core.command;

import java.util.List;

/**
 * The shape of a domain the command handling can drive: an initial state, a pure decision from command and
 * state to new events (a refusal is an exception that passes through untouched), and a pure fold.
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
public interface Decider<C, E, S> {

    /** The state of a stream without events. */
    S initialState();

    /** The events the command causes in this state; may throw the domain's rejection. */
    List<E> decide(C command, S state);

    /** The state after one more event. */
    S evolve(S state, E event);
}
