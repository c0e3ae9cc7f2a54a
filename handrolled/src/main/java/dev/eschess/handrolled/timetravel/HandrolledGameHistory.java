package dev.eschess.handrolled.timetravel;

import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.util.List;
import java.util.Objects;

/**
 * A game's recorded events read back from the hand-rolled store, upcast to the current schema: all of them, or the
 * first N (the game as it was at version N). The counterpart of the Axon variant's {@code AxonGameHistory}.
 */
public final class HandrolledGameHistory {

    private final EventStore store;
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();

    /** The history of the games in {@code store}. */
    public HandrolledGameHistory(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every event of the game, in order, in the current schema version. */
    public List<GameEventRecord> events(String gameId) {
        return store.readStream(GameStreamNames.streamId(gameId)).stream().map(this::record).toList();
    }

    /** The game's first {@code upToVersion} events, in order, in the current schema version. */
    public List<GameEventRecord> events(String gameId, long upToVersion) {
        return store.readStream(GameStreamNames.streamId(gameId), 1, upToVersion).stream().map(this::record).toList();
    }

    private GameEventRecord record(StoredEvent stored) {
        GameEvent event = serializer.deserialize(stored);
        return new GameEventRecord(stored.version(), stored.type(), stored.occurredAt(),
                serializer.currentPayload(stored), event);
    }
}
