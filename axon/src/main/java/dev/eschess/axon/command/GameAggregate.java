package dev.eschess.axon.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
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
import dev.eschess.game.clock.GameClock;
import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chess game as an Axon event-sourced aggregate. It makes no decision itself: every command goes to the shared
 * {@link GameDecider#decide}, the returned events are applied, and one event-sourcing handler folds every event with
 * {@link GameDecider#evolve}. What it adds is Axon plumbing: command-id idempotency, the strict {@code If-Match}
 * check, a Jackson form for snapshots (ADRs 0021-0026) and its deadlines (ADR 0063).
 *
 * <p>Deadlines: creating a game schedules the end of its wait for an opponent, and every move of a game with clocks
 * schedules the flag fall of the side now to move; no other command starts a clock or a wait. A deadline is never
 * cancelled: when it fires it is decided like the server's own command ({@link ExpireWaitingGame},
 * {@link FlagFall}), and one that a join, a move in time or the game's end made stale is refused by the decider and
 * changes nothing.
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

    /** The deadline at which the side to move runs out of time; set by every move of a game with clocks. */
    static final String FLAG_FALL_DEADLINE = "flag-fall";

    /** The deadline at which a game nobody joined ends; set when the game is created. */
    static final String WAITING_DEADLINE = "waiting-game-expires";

    private static final GameDecider DECIDER = new GameDecider();
    private static final Logger LOG = LoggerFactory.getLogger(GameAggregate.class);

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
                                 ConflictResolver conflicts, DeadlineManager deadlines, WaitingTime waitingTime) {
        CommandReceipt receipt = decideAndApply(command, commandId, conflicts);
        if (!receipt.duplicate()) {
            // Counted from now, not from the request time: a command carrying an old instant must not expire at once.
            deadlines.schedule(waitingTime.duration(), WAITING_DEADLINE);
        }
        return receipt;
    }

    // tag::tour-command-handler[]
    @CommandHandler
    public CommandReceipt handle(JoinGame command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts) {
        return decideAndApply(command, commandId, conflicts);
    }
    // end::tour-command-handler[]

    // tag::cmp-deadlines-schedule[]
    @CommandHandler
    public CommandReceipt handle(MakeMove command, @MetaDataValue(CommandMetadata.COMMAND_ID) String commandId,
                                 ConflictResolver conflicts, DeadlineManager deadlines) {
        CommandReceipt receipt = decideAndApply(command, commandId, conflicts);
        if (!receipt.duplicate()) {
            // The opponent's time runs from this move on; a move that ended the game has stopped the clock instead.
            state.clock().flatMap(GameClock::flagFallsAt).ifPresent(at -> deadlines.schedule(at, FLAG_FALL_DEADLINE));
        }
        return receipt;
    }
    // end::cmp-deadlines-schedule[]

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

    // tag::cmp-idempotency[]
    private CommandReceipt decideAndApply(GameCommand command, String commandId, ConflictResolver conflicts) {
        Optional<String> id = Optional.ofNullable(commandId);
        Optional<AppliedCommand> earlier = id.map(appliedCommands::get);
        if (earlier.isPresent()) {
            // A retry may carry the If-Match of its first run, stale by now; Axon insists that the handler looks at
            // the unseen events (or it fails the commit), and a retry conflicts with none of them.
            conflicts.detectConflicts(unseen -> false);
            return CommandReceipt.earlier(earlier.get(), version, state);
        }
        // tag::cmp-concurrency[]
        // Axon defers a stale expected version to commit time and lets handlers judge the unseen events; for us
        // (HTTP If-Match) any unseen event is a conflict, and it is reported before deciding.
        conflicts.detectConflicts(unseen -> !unseen.isEmpty());
        // end::cmp-concurrency[]
        return applyDecision(command, id);
    }
    // end::cmp-idempotency[]

    // tag::cmp-decider-wiring[]
    /** Decides on the state now and applies the events, stamped with the acting player and the command id if any. */
    private CommandReceipt applyDecision(GameCommand command, Optional<String> commandId) {
        List<GameEvent> events = DECIDER.decide(command, state);
        long first = version + 1;
        MetaData metaData = MetaData.with(CommandMetadata.ACTING_PLAYER, command.playerId());
        MetaData withId = commandId.map(value -> metaData.and(CommandMetadata.COMMAND_ID, value)).orElse(metaData);
        // Axon applies each event to this aggregate at once, so version and state are the command's outcome now.
        events.forEach(event -> apply(event, withId));
        return CommandReceipt.fresh(new AppliedCommand(first, version), events, state);
    }
    // end::cmp-decider-wiring[]

    // ------------------------------------------------------------------ deadlines

    // tag::cmp-deadlines[]
    /**
     * The side to move may have run out of time. {@code firedAt} is the deadline message's timestamp: db-scheduler's
     * manager creates the message when it runs the deadline, Axon's test fixture stamps it with the due instant.
     */
    @DeadlineHandler(deadlineName = FLAG_FALL_DEADLINE)
    void flagFallIsDue(@Timestamp Instant firedAt) {
        decideOnDeadline(new FlagFall(gameId, firedAt));
    }

    /** The game may still be waiting for an opponent. */
    @DeadlineHandler(deadlineName = WAITING_DEADLINE)
    void waitingTimeIsUp(@Timestamp Instant firedAt) {
        decideOnDeadline(new ExpireWaitingGame(gameId, firedAt));
    }

    /**
     * Decides the server's command like any other; a refusal means the deadline went stale and is the expected
     * outcome, not a failure (a failed deadline would be retried by the scheduler). Either command only ends the
     * game, so it never calls for a new deadline.
     */
    private void decideOnDeadline(GameCommand command) {
        try {
            applyDecision(command, Optional.empty());
        } catch (GameRejection stale) {
            LOG.debug("deadline for game {} changed nothing ({}): {}", gameId, stale.reason().wireCode(),
                    stale.getMessage());
        }
    }
    // end::cmp-deadlines[]

    // ------------------------------------------------------------------ events

    // tag::cmp-decider-wiring-evolve[]
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
    // end::cmp-decider-wiring-evolve[]

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
