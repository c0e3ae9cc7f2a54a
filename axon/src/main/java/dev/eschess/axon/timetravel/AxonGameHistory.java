package dev.eschess.axon.timetravel;

import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads a game's recorded events out of Axon's storage engine: all of them, or a range of versions (the game as it
 * was at version N). The counterpart of the hand-rolled variant's {@code HandrolledGameHistory}.
 */
@Component
public class AxonGameHistory {

    private final EventStorageEngine storageEngine;

    /** The history of the games in {@code storageEngine}. */
    public AxonGameHistory(EventStorageEngine storageEngine) {
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

    private static Stream<StoredGameEvent> stored(DomainEventStream stream) {
        return stream.asStream().map(message -> {
            GameEvent event = (GameEvent) message.getPayload();
            return new StoredGameEvent(message.getSequenceNumber() + 1, GameEventType.of(event).typeName(),
                    event.occurredAt(), event);
        });
    }
}
