package dev.eschess.benchmarks.engines;

import dev.eschess.axon.command.CommandMetadata;
import dev.eschess.axon.command.GameAggregate;
import dev.eschess.game.event.GameEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A long game in Axon's embedded event store on {@link HeapJsonStorageEngine}, loaded by Axon's event-sourcing
 * repository for the server's {@link GameAggregate} (no cache, no snapshot trigger, no timeouts) in a unit of work that
 * is rolled back: the latest snapshot (written by Axon's {@code AggregateSnapshotter}) plus the events after it, or
 * every event, each upcast, deserialized and applied to the aggregate.
 */
final class AxonStoredGame implements StoredGame {

    private final AxonGames axon = new AxonGames(AxonSetup.LOADING_JSON);

    AxonStoredGame(LongGames.LongGame game, boolean withSnapshot) {
        List<DomainEventMessage<GameEvent>> events = messages(game);
        int snapshotAt = withSnapshot ? StoredGame.snapshotVersion(events.size()) : 0;
        EventStore store = axon.configuration().eventStore();
        if (snapshotAt > 0) {
            store.publish(events.subList(0, snapshotAt));
            axon.configuration().snapshotter().scheduleSnapshot(GameAggregate.class, GAME_ID);
            if (store.readEvents(GAME_ID).peek().getSequenceNumber() != snapshotAt - 1) {
                throw new IllegalStateException("no snapshot at version " + snapshotAt);
            }
        }
        if (snapshotAt < events.size()) {
            store.publish(events.subList(snapshotAt, events.size()));
        }
        if (load() != events.size()) {
            throw new IllegalStateException("the stored game does not load at version " + events.size());
        }
    }

    /** Each event with the acting player of the command that caused it, as the aggregate stores it. */
    private static List<DomainEventMessage<GameEvent>> messages(LongGames.LongGame game) {
        List<DomainEventMessage<GameEvent>> messages = new ArrayList<>(game.events().size());
        for (int i = 0; i < game.events().size(); i++) {
            messages.add(new GenericDomainEventMessage<>(GameAggregate.class.getSimpleName(), GAME_ID, i,
                    game.events().get(i),
                    MetaData.with(CommandMetadata.ACTING_PLAYER, game.script().commands().get(i).playerId())));
        }
        return messages;
    }

    @Override
    public long load() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            // Axon's aggregate version is its last sequence number; ours counts events.
            return axon.repository().load(GAME_ID).version() + 1;
        } finally {
            unitOfWork.rollback();
        }
    }

    @Override
    public void close() {
        axon.close();
    }
}
