package dev.eschess.handrolled.app;

import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.ConflictRetriesExhausted;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.timetravel.GameEventRecord;
import dev.eschess.handrolled.timetravel.HandrolledGameHistory;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.EngineDescription;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.port.WriteWithEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The web module's {@link GameEngine} port on the hand-rolled core: commands through {@link HandrolledGameCommands}
 * (load, decide with the shared decider, append with the loaded version, bounded retries, command ids), reads
 * through {@link HandrolledGameHistory}. Only translates values and exceptions into the port's outcomes.
 */
public final class HandrolledGameEngine implements GameEngine {

    /** The variant's name in {@code /api/info}. */
    public static final String VARIANT = "handrolled";

    private static final EventSerializer<GameEvent> EVENTS = GameSerialization.events();

    private final HandrolledGameCommands commands;
    private final HandrolledGameHistory history;
    private final EngineDescription description;
    private final List<Runnable> appendListeners = new CopyOnWriteArrayList<>();

    /** An engine over the games' commands and history, describing its event store as {@code eventStore}. */
    public HandrolledGameEngine(HandrolledGameCommands commands, HandrolledGameHistory history, String eventStore) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.history = Objects.requireNonNull(history, "history");
        this.description = new EngineDescription(VARIANT, eventStore);
    }

    /** Runs {@code listener} after every append (to wake the lobby's subscription instead of waiting for a poll). */
    public void onAppend(Runnable listener) {
        appendListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here {@code write} becomes the core's {@link AppendParticipant}: the JDBC event store runs it on the append's
     * connection just before the commit, while it holds the log head. On the in-memory store, which has no
     * transaction, a command with a write fails and stores nothing.
     */
    @Override
    public CommandOutcome execute(GameCommand command, CommandOptions options, WriteWithEvents write) {
        // Every command is a message of its own, as in Axon: its id is the correlation and causation of its events
        // (it starts the chain; nothing here caused it), stored with the acting player (issue 14, fair settings).
        String messageId = UUID.randomUUID().toString();
        HandlingOptions coreOptions = HandlingOptions.NONE.withActingPlayerId(command.playerId())
                .withCorrelationId(messageId).withCausationId(messageId);
        if (write != WriteWithEvents.NOTHING) {
            coreOptions = coreOptions.withParticipant(participant(write));
        }
        if (options.expectedVersion().isPresent()) {
            coreOptions = coreOptions.pinnedTo(options.expectedVersion().get());
        }
        if (options.commandId().isPresent()) {
            coreOptions = coreOptions.withCommandId(options.commandId().get());
        }
        CommandResult<GameEvent, GameState> result;
        try {
            result = commands.handle(command, coreOptions);
        } catch (GameRejection rejection) {
            return new CommandOutcome.Rejected(rejection.reason(), rejection.getMessage());
        } catch (ExpectedVersionConflict mismatch) {
            // Only a pinned command lets this through: the stream was elsewhere before deciding, or a race won.
            return new CommandOutcome.VersionMismatch(expectedVersionOf(mismatch), mismatch.actualVersion());
        } catch (ConflictRetriesExhausted exhausted) {
            ExpectedVersionConflict last = exhausted.lastConflict();
            return new CommandOutcome.VersionConflict(expectedVersionOf(last), last.actualVersion());
        }
        if (result.alreadyApplied() || result.events().isEmpty()) {
            // A repeated command id (or a decision without events): nothing stored, the game as it is now.
            return new CommandOutcome.AlreadyApplied(result.streamVersion(), result.state());
        }
        appendListeners.forEach(Runnable::run);
        return new CommandOutcome.Applied(result.streamVersion(), recorded(result), result.state());
    }

    @Override
    public Optional<FoldedGame> current(String gameId) {
        return commands.current(gameId).map(game -> new FoldedGame(game.version(), game.state()));
    }

    @Override
    public Optional<FoldedGame> at(String gameId, long version) {
        return history.at(gameId, version).map(game -> new FoldedGame(game.version(), game.state()));
    }

    @Override
    public List<RecordedGameEvent> events(String gameId, long after, int limit) {
        return history.events(gameId, after, limit).stream().map(HandrolledGameEngine::recorded).toList();
    }

    @Override
    public EngineDescription describe() {
        return description;
    }

    /** The web's write as a participant of the core's append: on its connection, with the events as web reads them. */
    private static AppendParticipant participant(WriteWithEvents write) {
        return (connection, appended) -> write.write(
                connection.orElseThrow(() -> new IllegalStateException("this event store has no transaction to join")),
                appended.stream().map(stored -> new RecordedGameEvent(stored.version(), stored.occurredAt(),
                        EVENTS.deserialize(stored))).toList());
    }

    private static List<RecordedGameEvent> recorded(CommandResult<GameEvent, GameState> result) {
        List<GameEvent> events = result.events();
        List<RecordedGameEvent> appended = new ArrayList<>(events.size());
        long version = result.streamVersion() - events.size();
        for (GameEvent event : events) {
            appended.add(RecordedGameEvent.of(++version, event));
        }
        return appended;
    }

    private static RecordedGameEvent recorded(GameEventRecord record) {
        return new RecordedGameEvent(record.version(), record.occurredAt(), record.event());
    }

    private static long expectedVersionOf(ExpectedVersionConflict conflict) {
        return switch (conflict.expected()) {
            case ExpectedVersion.Exact exact -> exact.version();
            case ExpectedVersion.NoStream noStream -> 0;
            // The command handler always appends with an exact version; "any" cannot conflict.
            case ExpectedVersion.Any any -> conflict.actualVersion();
        };
    }
}
