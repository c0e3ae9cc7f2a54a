package dev.eschess.handrolled.game;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.CommandHandler;
import dev.eschess.handrolled.command.CommandOptions;
import dev.eschess.handrolled.command.CommandResult;
import dev.eschess.handrolled.command.EventSourcedRepository;
import dev.eschess.handrolled.command.VersionedState;
import dev.eschess.handrolled.eventstore.EventStore;
import dev.eschess.handrolled.eventstore.StoredEvent;
import dev.eschess.handrolled.serialization.EventSerializer;
import dev.eschess.handrolled.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.snapshot.SnapshotStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The chess game on the hand-rolled core: commands through the generic command handling with the shared
 * decider, game state (current or as of a version) and a game's events. What the HTTP layer talks to.
 */
public final class HandrolledGames {

    /** Snapshot distance: a game of 40 moves per side gets a snapshot about every 25 events. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 25;

    private final EventStore store;
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> repository;
    private final CommandHandler<GameCommand, GameEvent, GameState> handler;

    /** The game on these stores, with this snapshot policy; the clock only stamps snapshots. */
    public HandrolledGames(EventStore store, SnapshotStore snapshots, SnapshotPolicy policy, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        ChessDecider decider = new ChessDecider();
        this.repository = new EventSourcedRepository<>(store, serializer, decider, snapshots,
                GameSerialization.snapshots(), clock);
        this.handler = new CommandHandler<>(store, serializer, decider, repository, policy,
                CommandHandler.DEFAULT_MAX_ATTEMPTS);
    }

    /** Runs a command; see {@link CommandHandler#handle} for conflicts, retries and repeated command ids. */
    public CommandResult<GameEvent, GameState> handle(GameCommand command, CommandOptions options) {
        return handler.handle(GameStreams.streamId(command.gameId()), command, options);
    }

    /** The game now (snapshot plus tail); version 0 and the initial state for an unknown game. */
    public VersionedState<GameState> game(String gameId) {
        return repository.load(GameStreams.streamId(gameId));
    }

    /** The game after its first {@code version} events. */
    public VersionedState<GameState> gameAt(String gameId, long version) {
        return repository.loadAt(GameStreams.streamId(gameId), version);
    }

    /** The game replayed from its first event, snapshots ignored. */
    public VersionedState<GameState> replay(String gameId) {
        return repository.replay(GameStreams.streamId(gameId));
    }

    /** Every event of the game, in order, in the current schema version. */
    public List<GameEventRecord> events(String gameId) {
        return store.readStream(GameStreams.streamId(gameId)).stream().map(this::record).toList();
    }

    /** The game's first {@code upToVersion} events, in order, in the current schema version. */
    public List<GameEventRecord> events(String gameId, long upToVersion) {
        return store.readStream(GameStreams.streamId(gameId), 1, upToVersion).stream().map(this::record).toList();
    }

    private GameEventRecord record(StoredEvent stored) {
        GameEvent event = serializer.deserialize(stored);
        return new GameEventRecord(stored.version(), stored.type(), stored.occurredAt(),
                serializer.currentPayload(stored), event);
    }
}
