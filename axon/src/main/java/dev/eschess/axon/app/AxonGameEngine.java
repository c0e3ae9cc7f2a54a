package dev.eschess.axon.app;

import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.CommandParticipant;
import dev.eschess.axon.command.ExecutedCommand;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.command.WriteConflict;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.axon.timetravel.StoredGameEvent;
import dev.eschess.axon.timetravel.VersionedGame;
import dev.eschess.game.GameRejection;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.EngineDescription;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.port.WriteWithEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The web module's {@link GameEngine} port on Axon: commands go through {@link AxonGameCommands} (Axon's command
 * gateway and aggregate), reads through {@link AxonGameHistory} (Axon's storage engine). Only translates values; every
 * decision stays with the shared decider and every concurrency rule with the service (ADRs 0023, 0026, 0050).
 */
@Component
public class AxonGameEngine implements GameEngine {

    /** The variant's name in {@code /api/info}. */
    public static final String VARIANT = "axon";

    private final AxonGameCommands commands;
    private final AxonGameHistory history;
    private final EngineDescription description;

    public AxonGameEngine(AxonGameCommands commands, AxonGameHistory history, DataSource dataSource) {
        this.commands = commands;
        this.history = history;
        this.description = new EngineDescription(VARIANT, eventStoreOf(dataSource));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here {@code write} becomes a {@link CommandParticipant}: it runs in the command's unit of work, after Axon's
     * event bus appended the events and before the unit of work commits their transaction (ADR 0060).
     */
    @Override
    public CommandOutcome execute(GameCommand command, CommandOptions options, WriteWithEvents write) {
        SendOptions axonOptions = SendOptions.none();
        if (write != WriteWithEvents.NOTHING) {
            axonOptions = axonOptions.withParticipant(
                    (connection, receipt) -> write.write(connection, recorded(receipt.applied().lastVersion(),
                            receipt.events())));
        }
        if (options.expectedVersion().isPresent()) {
            axonOptions = axonOptions.expecting(options.expectedVersion().get());
        }
        if (options.commandId().isPresent()) {
            axonOptions = axonOptions.withCommandId(options.commandId().get());
        }
        try {
            ExecutedCommand executed = commands.execute(command, axonOptions);
            if (!executed.duplicate()) {
                history.remember(command.gameId(), new VersionedGame(executed.version(), executed.state()));
            }
            return outcome(executed);
        } catch (GameRejection rejection) {
            return new CommandOutcome.Rejected(rejection.reason(), rejection.getMessage());
        } catch (WriteConflict conflict) {
            return switch (conflict.kind()) {
                case STALE_EXPECTED_VERSION -> new CommandOutcome.VersionMismatch(
                        conflict.expectedVersion().orElseThrow(), conflict.actualVersion());
                // The service does not know the version its last attempt loaded; the one found is the best answer.
                case CONCURRENT_WRITE -> new CommandOutcome.VersionConflict(
                        conflict.expectedVersion().orElse(conflict.actualVersion()), conflict.actualVersion());
            };
        }
    }

    @Override
    public Optional<FoldedGame> current(String gameId) {
        return history.current(gameId).map(game -> new FoldedGame(game.version(), game.state()));
    }

    @Override
    public Optional<FoldedGame> at(String gameId, long version) {
        return history.at(gameId, version).map(game -> new FoldedGame(game.version(), game.state()));
    }

    @Override
    public List<RecordedGameEvent> events(String gameId, long after, int limit) {
        long to = after + limit < after ? Long.MAX_VALUE : after + limit;
        return history.events(gameId, after + 1, to).stream().map(AxonGameEngine::recorded).toList();
    }

    @Override
    public EngineDescription describe() {
        return description;
    }

    private static CommandOutcome outcome(ExecutedCommand outcome) {
        if (outcome.duplicate()) {
            // The port's AlreadyApplied carries the game's version now, not the earlier run's.
            return new CommandOutcome.AlreadyApplied(outcome.currentVersion(), outcome.state());
        }
        return new CommandOutcome.Applied(outcome.version(), recorded(outcome.version(), outcome.events()),
                outcome.state());
    }

    /** A command's events as web reads them, numbered so that the last one has version {@code lastVersion}. */
    private static List<RecordedGameEvent> recorded(long lastVersion, List<GameEvent> events) {
        List<RecordedGameEvent> appended = new ArrayList<>(events.size());
        long version = lastVersion - events.size();
        for (GameEvent event : events) {
            appended.add(RecordedGameEvent.of(++version, event));
        }
        return appended;
    }

    private static RecordedGameEvent recorded(StoredGameEvent stored) {
        return new RecordedGameEvent(stored.version(), stored.occurredAt(), stored.data());
    }

    /** {@code h2}, {@code postgresql}, ...: the database product's name in lower case. */
    private static String eventStoreOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }
}
