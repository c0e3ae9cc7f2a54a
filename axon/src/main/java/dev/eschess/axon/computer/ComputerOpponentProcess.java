package dev.eschess.axon.computer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.command.WriteConflict;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.axon.timetravel.VersionedGame;
import dev.eschess.engine.opponent.ComputerOpponent;
import dev.eschess.engine.opponent.ComputerReply;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.GameRejection;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plays the computer's side (issue 16): for the newest event of a game with a computer seat it asks the shared
 * {@link ComputerOpponent} for a reply on the game's current state and sends it through Axon's command gateway with
 * the reply's command id and expected version. It runs in the pooled streaming processor {@value #PROCESSING_GROUP}
 * (tokens in the JDBC token store), whose worker pool is the bounded set of threads the computer thinks on.
 *
 * <p>Sent from an event handler, the command runs in a unit of work nested in the processor's: its events are
 * appended when the processor's batch commits, in the transaction that stores the token. A reply and the token
 * moving past the event it answers commit together or not at all (ADR 0067).
 */
@Component
@ProcessingGroup(ComputerOpponentProcess.PROCESSING_GROUP)
public class ComputerOpponentProcess {

    /** The processing group, and so the event processor's name and its token rows. */
    public static final String PROCESSING_GROUP = "computer-opponent";

    /** The thread names of the processor's workers: {@value}-0, {@value}-1, ... */
    public static final String WORKER_THREADS = "computer-opponent-worker";

    // More segments than threads, so that a free thread takes up any segment with a waiting turn; games are assigned
    // to segments by id. Only the first start of a database creates them.
    static final int SEGMENTS = 8;
    private static final int REMEMBERED_GAMES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ComputerOpponentProcess.class);

    private final AxonGameHistory history;
    private final AxonGameCommands commands;
    private final Clock clock;
    private final Cache<String, Boolean> withComputer = Caffeine.newBuilder().maximumSize(REMEMBERED_GAMES).build();

    public ComputerOpponentProcess(AxonGameHistory history, AxonGameCommands commands, Clock clock) {
        this.history = history;
        this.commands = commands;
        this.clock = clock;
    }

    // tag::cmp-process-manager-registration[]
    /**
     * Registers the processor: {@code threads} workers (how many games the computer thinks about at once), one event
     * per batch (a long think holds up no other game's event), tokens starting at the head of the stream on a new
     * database (older games have no computer), and failures rolled back and retried instead of logged and skipped.
     */
    public static void register(EventProcessingConfigurer processing, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("eschess.computer.threads must be at least 1, was " + threads);
        }
        processing.registerPooledStreamingEventProcessor(PROCESSING_GROUP, Configuration::eventStore,
                (configuration, builder) -> builder
                        .workerExecutor(workers(configuration, threads))
                        .initialSegmentCount(SEGMENTS)
                        .batchSize(1)
                        .initialToken(StreamableMessageSource::createHeadToken));
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
    // end::cmp-process-manager-registration[]

    private static ScheduledExecutorService workers(Configuration configuration, int threads) {
        ScheduledExecutorService workers =
                Executors.newScheduledThreadPool(threads, new AxonThreadFactory(WORKER_THREADS));
        configuration.onShutdown(workers::shutdown);
        return workers;
    }

    // tag::cmp-process-manager[]
    /**
     * Answers the game if the computer sits at it and this is its newest event: an older event is followed in the
     * stream by a newer one of the same game, which will be answered instead. The reply looks at the state now, so a
     * redelivered or replayed event finds nothing to do, or sends the same command id again.
     */
    @EventHandler
    void on(GameEvent event, @SequenceNumber long sequenceNumber) {
        if (!withComputer(event)) {
            return;
        }
        Optional<VersionedGame> game = history.current(event.gameId());
        if (game.isEmpty() || game.get().version() != sequenceNumber + 1) {
            return;
        }
        ComputerOpponent.reply(game.get().state(), clock).ifPresent(this::send);
    }

    private void send(ComputerReply reply) {
        SendOptions options = SendOptions.none().withCommandId(reply.commandId()).expecting(reply.expectedVersion());
        try {
            commands.execute(reply.command(), options);
        } catch (WriteConflict stale) {
            // The person acted while the computer thought; the event of that action brings a fresh reply.
            LOG.debug("computer reply dropped: {}", stale.getMessage());
        } catch (GameRejection refused) {
            // Decided on the state the reply was thought at: trying again would be refused again.
            LOG.warn("computer reply {} refused: {}", reply.commandId(), refused.getMessage());
        }
    }
    // end::cmp-process-manager[]

    /**
     * Whether the computer sits at the event's game: told by the player ids of the events that seat players, and for
     * any other event remembered from them or, after a restart, read once from the game's state.
     */
    private boolean withComputer(GameEvent event) {
        String gameId = event.gameId();
        return switch (event) {
            case GameCreated created -> remember(gameId, isComputer(created.creatorId()));
            case PlayerJoined joined -> isComputer(joined.playerId()) ? remember(gameId, true) : seated(gameId);
            case MovePlayed played -> seated(gameId);
            case DrawOffered offered -> seated(gameId);
            case DrawOfferDeclined declined -> seated(gameId);
            case DrawOfferLapsed lapsed -> seated(gameId);
            case GameEnded ended -> seated(gameId);
        };
    }

    private boolean seated(String gameId) {
        return withComputer.get(gameId, id -> history.current(id)
                .map(game -> ComputerOpponent.playsIn(game.state())).orElse(false));
    }

    private boolean remember(String gameId, boolean computer) {
        withComputer.put(gameId, computer);
        return computer;
    }

    private static boolean isComputer(String playerId) {
        return ComputerSeat.fromPlayerId(playerId).isPresent();
    }
}
