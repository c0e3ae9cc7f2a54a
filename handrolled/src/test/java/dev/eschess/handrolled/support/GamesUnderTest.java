package dev.eschess.handrolled.support;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.command.VersionedState;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.timetravel.GameEventRecord;
import dev.eschess.handrolled.timetravel.HandrolledGameHistory;
import java.time.Clock;
import java.util.List;

/**
 * The game server's {@link HandrolledGameCommands} plus the reads of a game's state that only tests need: now
 * (snapshot plus tail), as of a version, and replayed from the first event with snapshots ignored.
 */
public final class GamesUnderTest {

    private final HandrolledGameCommands commands;
    private final HandrolledGameHistory history;
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> repository;

    /** Commands and reads on the same stores. */
    public GamesUnderTest(EventStore store, SnapshotStore snapshots, SnapshotPolicy policy, Clock clock) {
        this.repository = GameRepository.on(store, snapshots, clock, new StateCache<>(100));
        this.commands = new HandrolledGameCommands(store, repository, policy);
        this.history = new HandrolledGameHistory(store, repository);
    }

    /** Runs a command as the game server does. */
    public CommandResult<GameEvent, GameState> handle(GameCommand command, HandlingOptions options) {
        return commands.handle(command, options);
    }

    /** Every event of the game, as the game server reads them. */
    public List<GameEventRecord> events(String gameId) {
        return history.events(gameId, 0, Integer.MAX_VALUE);
    }

    /** The game now (snapshot plus tail); version 0 and the initial state for an unknown game. */
    public VersionedState<GameState> game(String gameId) {
        return repository.load(GameStreamNames.streamId(gameId));
    }

    /** The game after its first {@code version} events. */
    public VersionedState<GameState> gameAt(String gameId, long version) {
        return repository.loadAt(GameStreamNames.streamId(gameId), version);
    }

    /** The game replayed from its first event, snapshots ignored. */
    public VersionedState<GameState> replay(String gameId) {
        return repository.replay(GameStreamNames.streamId(gameId));
    }
}
