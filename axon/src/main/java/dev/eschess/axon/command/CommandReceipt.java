package dev.eschess.axon.command;

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
 */
public record CommandReceipt(AppliedCommand applied, List<GameEvent> events, boolean duplicate, long currentVersion) {

    public CommandReceipt {
        Objects.requireNonNull(applied, "applied");
        events = List.copyOf(events);
    }

    static CommandReceipt fresh(AppliedCommand applied, List<GameEvent> events) {
        return new CommandReceipt(applied, events, false, applied.lastVersion());
    }

    static CommandReceipt earlier(AppliedCommand applied, long currentVersion) {
        return new CommandReceipt(applied, List.of(), true, currentVersion);
    }
}
