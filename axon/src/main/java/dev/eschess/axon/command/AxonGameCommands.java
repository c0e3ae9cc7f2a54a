package dev.eschess.axon.command;

import dev.eschess.game.GameRejection;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The Axon variant's one entry for game commands: sends a command with its id and expected version as metadata
 * through Axon's command gateway and turns Axon's outcomes into ours. A lost race is retried on fresh state a bounded
 * number of times unless the caller pinned a version (ADR 0023).
 *
 * @see GameRejection the decider's refusals pass through unchanged
 */
@Service("axonGameCommandService")
public class AxonGameCommands {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final int maxAttempts;

    public AxonGameCommands(CommandGateway commandGateway, EventStore eventStore,
                              @Value("${eschess.axon.command-attempts:3}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
        }
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Decides and stores the command, with the options' participant in the transaction of its events (ADR 0060). A
     * retry sends the same message again, so the participant runs in the retry's unit of work.
     *
     * @throws GameRejection    if the decider refused it
     * @throws WriteConflict  if the pinned version is stale, or every attempt lost a race
     */
    public ExecutedCommand execute(GameCommand command, SendOptions options) {
        CommandMessage<GameCommand> message = GenericCommandMessage.<GameCommand>asCommandMessage(command)
                .andMetaData(metaData(options));
        // tag::cmp-concurrency[]
        for (int attempt = 1; ; attempt++) {
            try {
                CommandReceipt receipt = commandGateway.sendAndWait(message);
                return outcome(command.gameId(), receipt);
            } catch (ConflictingAggregateVersionException e) {
                throw new WriteConflict(command.gameId(), WriteConflict.Kind.STALE_EXPECTED_VERSION,
                        options.expectedVersion(), e.getActualVersion() + 1);
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                if (options.expectedVersion().isPresent()) {
                    throw new WriteConflict(command.gameId(), WriteConflict.Kind.STALE_EXPECTED_VERSION,
                            options.expectedVersion(), currentVersion(command.gameId()));
                }
                if (attempt >= maxAttempts) {
                    throw new WriteConflict(command.gameId(), WriteConflict.Kind.CONCURRENT_WRITE,
                            Optional.empty(), currentVersion(command.gameId()));
                }
            }
        }
        // end::cmp-concurrency[]
    }

    private ExecutedCommand outcome(String gameId, CommandReceipt receipt) {
        long version = receipt.applied().lastVersion();
        if (!receipt.duplicate()) {
            return new ExecutedCommand(gameId, version, receipt.events(), false, receipt.currentVersion(),
                    receipt.state());
        }
        // The earlier run's events, read back: Axon's sequence numbers are our versions minus one.
        List<GameEvent> earlier = eventStore.readEvents(gameId, receipt.applied().firstVersion() - 1).asStream()
                .limit(version - receipt.applied().firstVersion() + 1)
                .map(message -> (GameEvent) message.getPayload())
                .toList();
        return new ExecutedCommand(gameId, version, earlier, true, receipt.currentVersion(), receipt.state());
    }

    private long currentVersion(String gameId) {
        return eventStore.lastSequenceNumberFor(gameId).map(sequence -> sequence + 1).orElse(0L);
    }

    private static Map<String, Object> metaData(SendOptions options) {
        Map<String, Object> metaData = new HashMap<>();
        options.commandId().ifPresent(id -> metaData.put(CommandMetadata.COMMAND_ID, id));
        options.expectedVersion().ifPresent(version -> metaData.put(CommandMetadata.EXPECTED_VERSION, version));
        if (options.participant() != CommandParticipant.NONE) {
            metaData.put(CommandMetadata.PARTICIPANT, options.participant());
        }
        return metaData;
    }
}
