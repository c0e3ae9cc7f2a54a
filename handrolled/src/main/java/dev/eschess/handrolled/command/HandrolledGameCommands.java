package dev.eschess.handrolled.command;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.CommandHandler;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.time.Clock;
import java.util.Objects;

/**
 * The chess game's commands on the hand-rolled core: the generic command handling (load from snapshot plus tail,
 * decide with the shared decider, append with the loaded version, bounded retries, command ids) on one stream per
 * game. The counterpart of the Axon variant's {@code AxonGameCommands}.
 */
public final class HandrolledGameCommands {

    /** Snapshot distance: a game of 40 moves per side gets a snapshot about every 25 events. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 25;

    private final CommandHandler<GameCommand, GameEvent, GameState> handler;

    /** The game on these stores, with this snapshot policy; the clock only stamps snapshots. */
    public HandrolledGameCommands(EventStore store, SnapshotStore snapshots, SnapshotPolicy policy, Clock clock) {
        Objects.requireNonNull(store, "store");
        EventSerializer<GameEvent> serializer = GameSerialization.events();
        ChessDecider decider = new ChessDecider();
        EventSourcedRepository<GameCommand, GameEvent, GameState> repository = new EventSourcedRepository<>(
                store, serializer, decider, snapshots, GameSerialization.snapshots(), clock);
        this.handler = new CommandHandler<>(store, serializer, decider, repository, policy,
                CommandHandler.DEFAULT_MAX_ATTEMPTS);
    }

    /** Runs a command; see {@link CommandHandler#handle} for conflicts, retries and repeated command ids. */
    public CommandResult<GameEvent, GameState> handle(GameCommand command, HandlingOptions options) {
        return handler.handle(GameStreamNames.streamId(command.gameId()), command, options);
    }
}
