package dev.eschess.axon.command;

import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import java.util.Objects;

/**
 * The result of an accepted command: the game's version right after it and the events it stored. For a retried
 * command id the events are those of the earlier, original run and nothing new was stored.
 *
 * @param gameId         the game
 * @param version        the version right after the command's events
 * @param events         the command's events, in order
 * @param duplicate      whether the command id had been applied before
 * @param currentVersion the game's version when the command was answered (later than {@code version} only for a
 *                       duplicate of a command that other commands have followed)
 * @param state          the game's state at {@code currentVersion}
 */
public record ExecutedCommand(String gameId, long version, List<GameEvent> events, boolean duplicate,
                              long currentVersion, GameState state) {

    public ExecutedCommand {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }
}
