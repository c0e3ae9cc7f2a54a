package dev.eschess.axon.timetravel;

import dev.eschess.axon.command.GameAggregate;
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
import org.springframework.stereotype.Component;

/**
 * A game's past from Axon's storage engine: its recorded events by version range, and the game now or as it was at
 * version N, folded with the shared {@code evolve} from the latest snapshot (if it is not newer than N) plus the
 * events after it. The counterpart of the hand-rolled variant's {@code HandrolledGameHistory}.
 */
@Component
public class AxonGameHistory {

    private static final GameDecider DECIDER = new GameDecider();

    private final EventStorageEngine storageEngine;

    /** The history of the games in {@code storageEngine}. */
    public AxonGameHistory(EventStorageEngine storageEngine) {
        this.storageEngine = storageEngine;
    }

    /** The events with versions {@code from..to} (both included), in order; fewer if the game is shorter. */
    public List<StoredGameEvent> events(String gameId, long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a version range: " + from + ".." + to);
        }
        return stored(storageEngine.readEvents(gameId, from - 1)).limit(to - from + 1).toList();
    }

    /** The game now; empty for a game without events. */
    public Optional<VersionedGame> current(String gameId) {
        return folded(gameId, Long.MAX_VALUE);
    }

    /** The game after its first {@code version} events; empty if it has fewer (or none). */
    public Optional<VersionedGame> at(String gameId, long version) {
        return version < 1 ? Optional.empty()
                : folded(gameId, version).filter(game -> game.version() == version);
    }

    private Optional<VersionedGame> folded(String gameId, long maxVersion) {
        GameState state = DECIDER.initialState();
        long version = 0;
        // Axon keeps the latest snapshot only, already filtered to the current revision (ADR 0025).
        Optional<DomainEventMessage<?>> snapshot = storageEngine.readSnapshot(gameId);
        if (snapshot.isPresent() && snapshot.get().getSequenceNumber() + 1 <= maxVersion
                && snapshot.get().getPayload() instanceof GameAggregate aggregate) {
            state = GameState.fromSnapshot(aggregate.toSnapshot().state());
            version = snapshot.get().getSequenceNumber() + 1;
        }
        Iterator<? extends DomainEventMessage<?>> tail = storageEngine.readEvents(gameId, version);
        while (version < maxVersion && tail.hasNext()) {
            DomainEventMessage<?> message = tail.next();
            state = DECIDER.evolve(state, (GameEvent) message.getPayload());
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
