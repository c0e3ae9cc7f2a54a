package dev.eschess.axon.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameSnapshot;
import dev.eschess.game.GameState;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.GameEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One chess game as an Axon event-sourced aggregate. It makes no decision itself: every command goes to the shared
 * {@link GameDecider#decide}, the returned events are applied, and one event-sourcing handler folds every event with
 * {@link GameDecider#evolve}. What it adds is Axon plumbing: command-id idempotency, the strict {@code If-Match}
 * check and a Jackson form for snapshots (ADRs 0021-0026).
 */
@Aggregate(type = GameAggregate.TYPE, repository = "gameRepository", snapshotFilter = "gameSnapshotFilter")
@Revision(GameAggregate.SNAPSHOT_REVISION)
public class GameAggregate {

    /** The aggregate type stored beside every event and snapshot; stable, unlike the class name. */
    public static final String TYPE = "Game";

    /**
     * The revision of the snapshot form: the shared state's schema version, then the version of
     * {@link GameAggregateSnapshot}. Snapshots of any other revision are ignored and the game is replayed.
     * Form 2: Axon stores a snapshot under the aggregate's class name, which moved from {@code dev.eschess.axon.game}
     * to {@code dev.eschess.axon.command}; form-1 snapshots name a class that no longer exists and are replayed.
     */
    public static final String SNAPSHOT_REVISION = GameSnapshot.SCHEMA_VERSION + ".2";

    private static final GameDecider DECIDER = new GameDecider();

    @AggregateIdentifier
    private String gameId;
    private long version;
    private GameState state;
    private final Map<String, AppliedCommand> appliedCommands;

    /** A game without events; Axon creates it before replaying, or before handling a create command. */
    protected GameAggregate() {
        this(null, 0, DECIDER.initialState(), Map.of());
    }

    private GameAggregate(String gameId, long version, GameState state, Map<String, AppliedCommand> appliedCommands) {
        this.gameId = gameId;
        this.version = version;
        this.state = state;
        this.appliedCommands = new LinkedHashMap<>(appliedCommands);
    }

    // ------------------------------------------------------------------ commands, one handler per command type

    /** Axon routes by payload class, so each command type needs its own handler; all of them only delegate. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(CreateGame command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(JoinGame command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(MakeMove command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(Resign command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(OfferDraw command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(AcceptDraw command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(DeclineDraw command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(ClaimDraw command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(AbortGame command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(FlagFall command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    @CommandHandler
    public CommandReceipt handle(ExpireWaitingGame command,
                                 @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }

    private CommandReceipt decideAndApply(GameCommand command, String commandId, ConflictResolver conflicts) {
        Optional<String> id = Optional.ofNullable(commandId);
        Optional<AppliedCommand> earlier = id.map(appliedCommands::get);
        if (earlier.isPresent()) {
            // A retry may carry the If-Match of its first run, stale by now; Axon insists that the handler looks at
            // the unseen events (or it fails the commit), and a retry conflicts with none of them.
            conflicts.detectConflicts(unseen -> false);
            return CommandReceipt.earlier(earlier.get(), version, state);
        }
        // Axon defers a stale expected version to commit time and lets handlers judge the unseen events; for us
        // (HTTP If-Match) any unseen event is a conflict, and it is reported before deciding.
        conflicts.detectConflicts(unseen -> !unseen.isEmpty());
        List<GameEvent> events = DECIDER.decide(command, state);
        long first = version + 1;
        MetaData metaData = MetaData.with(CommandMetadata.ACTING_PLAYER, command.playerId());
        MetaData withId = id.map(value -> metaData.and(CommandMetadata.COMMAND_ID, value)).orElse(metaData);
        // Axon applies each event to this aggregate at once, so version and state are the command's outcome now.
        events.forEach(event -> apply(event, withId));
        return CommandReceipt.fresh(new AppliedCommand(first, version), events, state);
    }

    // ------------------------------------------------------------------ events

    /** The one event-sourcing handler: Axon passes every subtype of the sealed event interface here. */
    @EventSourcingHandler
    void on(GameEvent event, @SequenceNumber long sequenceNumber,
            @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId) {
        gameId = event.gameId();
        version = sequenceNumber + 1;
        state = DECIDER.evolve(state, event);
        if (commandId != null) {
            appliedCommands.merge(commandId, new AppliedCommand(version, version),
                    (known, added) -> known.extendedTo(version));
        }
    }

    // ------------------------------------------------------------------ reading and snapshots

    /** The snapshot form Jackson writes: plain values only. */
    @JsonValue
    public GameAggregateSnapshot toSnapshot() {
        return new GameAggregateSnapshot(gameId, version, state.toSnapshot(), appliedCommands);
    }

    /** The aggregate a snapshot describes. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GameAggregate fromSnapshot(GameAggregateSnapshot snapshot) {
        return new GameAggregate(snapshot.gameId(), snapshot.version(), GameState.fromSnapshot(snapshot.state()),
                snapshot.appliedCommands());
    }
}
