package dev.eschess.axon.command;

import dev.eschess.game.GameSnapshot;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of a {@link GameAggregate} in Axon's snapshot table: the shared domain's plain-values
 * {@link GameSnapshot} plus what only the Axon variant keeps (version, applied command ids).
 *
 * @param gameId          the game
 * @param version         the number of events folded in
 * @param state           the game state as plain values
 * @param appliedCommands the command ids applied to the game and the versions their events got
 */
public record GameAggregateSnapshot(String gameId, long version, GameSnapshot state,
                                    Map<String, AppliedCommand> appliedCommands) {

    public GameAggregateSnapshot {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(state, "state");
        appliedCommands = Map.copyOf(appliedCommands);
    }
}
