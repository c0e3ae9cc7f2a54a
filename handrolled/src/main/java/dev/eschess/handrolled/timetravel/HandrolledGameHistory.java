package dev.eschess.handrolled.timetravel;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.StreamNotAtVersion;
import dev.eschess.handrolled.core.command.VersionedState;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A game's past from the hand-rolled store: its recorded events page by page, upcast to the current schema, and
 * the game as it was at version N (the nearest usable snapshot at or before N plus the events up to N). The
 * counterpart of the Axon variant's {@code AxonGameHistory}.
 */
public final class HandrolledGameHistory {

    private final EventStore store;
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> repository;
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();

    /** The history of the games in {@code store}, read through {@code repository} (see {@code GameRepository}). */
    public HandrolledGameHistory(EventStore store, EventSourcedRepository<GameCommand, GameEvent, GameState> repository) {
        this.store = Objects.requireNonNull(store, "store");
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Up to {@code limit} events after version {@code after}, in order, in the current schema version. */
    public List<GameEventRecord> events(String gameId, long after, int limit) {
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts after version 0 or later and holds at least one event");
        }
        long to = after + limit < after ? Long.MAX_VALUE : after + limit;
        return store.readStream(GameStreamNames.streamId(gameId), after + 1, to).stream().map(this::record).toList();
    }

    /** The game after its first {@code version} events; empty if it has fewer (or none). */
    public Optional<VersionedState<GameState>> at(String gameId, long version) {
        if (version < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository.loadAt(GameStreamNames.streamId(gameId), version));
        } catch (StreamNotAtVersion shorter) {
            return Optional.empty();
        }
    }

    private GameEventRecord record(StoredEvent stored) {
        return new GameEventRecord(stored.version(), stored.type(), stored.occurredAt(), serializer.deserialize(stored));
    }
}
