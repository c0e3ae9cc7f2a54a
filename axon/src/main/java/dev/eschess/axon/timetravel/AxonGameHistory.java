package dev.eschess.axon.timetravel;

import dev.eschess.axon.game.GameAggregate;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads games out of Axon's event store: the stored events, the game as of version N (time travel, folded with the
 * shared {@code evolve}), and the current game from the latest snapshot plus the events after it.
 */
@Component
public class GameHistory {

    private static final GameDecider DECIDER = new GameDecider();

    private final EventStore eventStore;
    private final EventStorageEngine storageEngine;

    public GameHistory(EventStore eventStore, EventStorageEngine storageEngine) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
    }

    /** Every event of the game, in order; empty for an unknown game. */
    public List<StoredGameEvent> events(String gameId) {
        return stored(storageEngine.readEvents(gameId, 0)).toList();
    }

    /** The events with versions {@code from..to} (both included), in order. */
    public List<StoredGameEvent> events(String gameId, long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a version range: " + from + ".." + to);
        }
        return stored(storageEngine.readEvents(gameId, from - 1)).limit(to - from + 1).toList();
    }

    /**
     * The game as it was after its first {@code version} events, or empty if it has fewer events. Replays from the
     * start and ignores snapshots, which only hold the latest state.
     */
    public Optional<GameState> stateAt(String gameId, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("versions start at 0, was " + version);
        }
        GameState state = DECIDER.initialState();
        Iterator<? extends DomainEventMessage<?>> stream = storageEngine.readEvents(gameId, 0);
        long folded = 0;
        while (folded < version && stream.hasNext()) {
            state = DECIDER.evolve(state, (GameEvent) stream.next().getPayload());
            folded++;
        }
        return folded == version ? Optional.of(state) : Optional.empty();
    }

    /** The game now, from its latest snapshot (if any) and the events after it; empty for an unknown game. */
    public Optional<VersionedGame> current(String gameId) {
        DomainEventStream stream = eventStore.readEvents(gameId);
        GameState state = DECIDER.initialState();
        long version = 0;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            state = switch (message.getPayload()) {
                case GameAggregate snapshot -> snapshot.state();
                case GameEvent event -> DECIDER.evolve(state, event);
                default -> throw new IllegalStateException("not a game event: " + message.getPayloadType());
            };
            version = message.getSequenceNumber() + 1;
        }
        return version == 0 ? Optional.empty() : Optional.of(new VersionedGame(version, state));
    }

    private static Stream<StoredGameEvent> stored(DomainEventStream stream) {
        return stream.asStream().map(message -> {
            GameEvent event = (GameEvent) message.getPayload();
            return new StoredGameEvent(message.getSequenceNumber() + 1, GameEventType.of(event).typeName(),
                    event.occurredAt(), event);
        });
    }
}
