package dev.eschess.axon.support;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.timetravel.VersionedGame;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads of a game's state that only tests need, folded with the shared {@code evolve} straight from Axon's storage:
 * as of version N (time travel, snapshots ignored) and now (from the latest snapshot plus the events after it).
 * A bean in the test contexts of {@link H2AxonTest} and {@link PostgresAxonTest}.
 */
public final class GameStates {

    private static final GameDecider DECIDER = new GameDecider();

    private final EventStore eventStore;
    private final EventStorageEngine storageEngine;

    /** Reads of the games in this event store and its storage engine. */
    public GameStates(EventStore eventStore, EventStorageEngine storageEngine) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
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
                case GameAggregate snapshot -> GameState.fromSnapshot(snapshot.toSnapshot().state());
                case GameEvent event -> DECIDER.evolve(state, event);
                default -> throw new IllegalStateException("not a game event: " + message.getPayloadType());
            };
            version = message.getSequenceNumber() + 1;
        }
        return version == 0 ? Optional.empty() : Optional.of(new VersionedGame(version, state));
    }

}
