package dev.eschess.handrolled.command;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.CommandHandler;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.VersionedState;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.util.Objects;
import java.util.Optional;

/**
 * The chess game's commands on the hand-rolled core: the generic command handling (load from snapshot plus tail,
 * decide with the shared decider, append with the loaded version, bounded retries, command ids) on one stream per
 * game, and the state those commands decide on. The counterpart of the Axon variant's {@code AxonGameCommands}.
 */
public final class HandrolledGameCommands {

    /** Snapshot distance, the same as the Axon variant's so that the two are compared like for like (issue 14). */
    public static final int DEFAULT_SNAPSHOT_EVERY = 50;
    /** Decisions of an unpinned command that keeps losing races, the same as the Axon variant's. */
    public static final int DEFAULT_ATTEMPTS = 3;

    private final EventSourcedRepository<GameCommand, GameEvent, GameState> repository;
    private final CommandHandler<GameCommand, GameEvent, GameState> handler;

    /** Commands on {@code store} through {@code repository} (see {@link GameRepository}), snapshotting by policy. */
    public HandrolledGameCommands(EventStore store, EventSourcedRepository<GameCommand, GameEvent, GameState> repository,
                                  SnapshotPolicy policy) {
        this(store, repository, policy, DEFAULT_ATTEMPTS);
    }

    /** The same, deciding an unpinned command at most {@code attempts} times before giving up on a busy game. */
    public HandrolledGameCommands(EventStore store, EventSourcedRepository<GameCommand, GameEvent, GameState> repository,
                                  SnapshotPolicy policy, int attempts) {
        Objects.requireNonNull(store, "store");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.handler = new CommandHandler<>(store, GameSerialization.events(), new ChessDecider(), repository, policy,
                attempts);
    }

    /** Runs a command; see {@link CommandHandler#handle} for conflicts, retries and repeated command ids. */
    public CommandResult<GameEvent, GameState> handle(GameCommand command, HandlingOptions options) {
        return handler.handle(GameStreamNames.streamId(command.gameId()), command, options);
    }

    /** The game as the next command would find it; empty for a game without events. */
    public Optional<VersionedState<GameState>> current(String gameId) {
        VersionedState<GameState> game = repository.load(GameStreamNames.streamId(gameId));
        return game.version() == 0 ? Optional.empty() : Optional.of(game);
    }
}
