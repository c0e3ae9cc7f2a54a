package dev.eschess.handrolled.command;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import java.time.Clock;

/** The core's event-sourced repository for games: the shared decider, the game's serialization and snapshots. */
public final class GameRepository {

    private GameRepository() {
    }

    /** Games on these stores, loads starting from {@code cache} where it holds the game; the clock stamps snapshots. */
    public static EventSourcedRepository<GameCommand, GameEvent, GameState> on(EventStore store,
                                                                             SnapshotStore snapshots, Clock clock,
                                                                             StateCache<GameState> cache) {
        return new EventSourcedRepository<>(store, GameSerialization.events(), new ChessDecider(), snapshots,
                GameSerialization.snapshots(), clock, cache);
    }
}
