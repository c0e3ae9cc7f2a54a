package dev.eschess.axon.command;

import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import java.util.Objects;

/**
 * What the aggregate answers to a command it accepted: the versions its events got and the events themselves, or,
 * for a command id applied before, the versions of the earlier outcome and no events (nothing new was stored).
 *
 * @param applied        the versions of the command's events
 * @param events         the new events; empty for a duplicate
 * @param duplicate      whether the command id had been applied before
 * @param currentVersion the game's version now: the end of {@code applied}, or later for a duplicate
 * @param state          the game's state at {@code currentVersion}, as the aggregate holds it after the command
 */
public record CommandReceipt(AppliedCommand applied, List<GameEvent> events, boolean duplicate, long currentVersion,
                             GameState state) {

    public CommandReceipt {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }

    static CommandReceipt fresh(AppliedCommand applied, List<GameEvent> events, GameState state) {
        return new CommandReceipt(applied, events, false, applied.lastVersion(), state);
    }

    static CommandReceipt earlier(AppliedCommand applied, long currentVersion, GameState state) {
        return new CommandReceipt(applied, List.of(), true, currentVersion, state);
    }
}
