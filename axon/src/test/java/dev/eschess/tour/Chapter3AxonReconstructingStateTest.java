package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.GAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.serialization.AxonSerializationConfig;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * Chapter 3 of the tour (docs/tour/3-reconstructing-state.md), on Axon: its own event-sourcing repository loads the
 * game's aggregate by replaying the events, or from a snapshot plus the events after it. The store is Axon's in
 * memory; the server uses the same repository on Axon's JDBC storage.
 */
class Chapter3AxonReconstructingStateTest {

    /** The server's serialization configuration, used here without Spring. */
    static final AxonSerializationConfig SERIALIZATION = new AxonSerializationConfig();

    /** A {@code GameCreated} as the code of early 2026 stored it: revision 2, no "timeControl" field yet. */
    static final String OLD_GAME_CREATED = """
            {"gameId": "old-game", "creatorId": "alice", "creatorName": "Alice", "creatorColor": "WHITE",
             "startFen": "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
             "occurredAt": "2026-03-14T09:26:53.589Z"}""";

    private long nextSequence;
    /** The sequence numbers from which Axon's store was asked for a game's events. */
    private final List<Long> readFromSequence = new ArrayList<>();
    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine() {
                @Override
                public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
                    readFromSequence.add(firstSequenceNumber);
                    return super.readEvents(aggregateIdentifier, firstSequenceNumber);
                }
            })
            .build();

    // tag::tour-ch3-axon-replay[]
    @Test
    void givenAPlayedGame_whenAxonsRepositoryLoadsIt_thenTheAggregateHoldsTheDecidersFoldOfAllSevenEvents() {
        store(FoolsMate.events());

        Loaded loaded = load();

        assertThat(readFromSequence).containsExactly(0L);
        assertThat(loaded.version()).isEqualTo(7);
        assertThat(loaded.state()).isEqualTo(new GameDecider().replay(FoolsMate.events()));
    }
    // end::tour-ch3-axon-replay[]

    // tag::tour-ch3-axon-snapshot[]
    @Test
    void givenASnapshotAfterFourEvents_whenAxonsRepositoryLoadsTheGame_thenOnlyTheEventsAfterItAreRead() {
        store(FoolsMate.firstEvents(4));
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                .eventStore(store)
                .aggregateFactories(new GenericAggregateFactory<>(GameAggregate.class))
                .build();
        snapshotter.scheduleSnapshot(GameAggregate.class, GAME);
        store(FoolsMate.events().subList(4, 7));
        readFromSequence.clear();

        Loaded loaded = load();

        assertThat(readFromSequence).containsExactly(4L);
        assertThat(loaded.state()).isEqualTo(new GameDecider().replay(FoolsMate.events()));
        DomainEventMessage<?> snapshot = store.readEvents(GAME).next();
        assertThat(snapshot.getPayload()).isInstanceOf(GameAggregate.class);
        assertThat(snapshot.getSequenceNumber()).isEqualTo(3);
    }
    // end::tour-ch3-axon-snapshot[]

    // tag::tour-ch3-axon-upcasting[]
    @Test
    void givenAGameCreatedStoredInRevision2_whenAxonReadsItThroughTheServersUpcasters_thenItIsInTodaysShape() {
        GameEvent read = readAsAxonsStorageDoes(OLD_GAME_CREATED,
                new EventUpcasterChain(SERIALIZATION.gameCreatedV1Upcaster(), SERIALIZATION.gameCreatedV2Upcaster()));

        assertThat(read).isInstanceOfSatisfying(GameCreated.class, created -> {
            assertThat(created.creatorId()).isEqualTo("alice");
            assertThat(created.timeControl()).isEmpty();
        });
    }
    // end::tour-ch3-axon-upcasting[]

    /**
     * What Axon's JDBC storage does with a row it reads: the stored type, revision and JSON go through the upcaster
     * chain, then the server's event serializer makes the Java record.
     */
    static GameEvent readAsAxonsStorageDoes(String storedJson, EventUpcasterChain upcasters) {
        DomainEventData<String> row = new GenericDomainEventEntry<>(GameAggregate.TYPE, "old-game", 0,
                UUID.randomUUID().toString(), "2026-03-14T09:26:53.589Z", "GameCreated", "2", storedJson, "{}");
        DomainEventStream read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row),
                SERIALIZATION.eventSerializer(), upcasters);
        return (GameEvent) read.next().getPayload();
    }

    /** Appends events as the aggregate would have applied them: type "Game", sequence numbers from 0. */
    private void store(List<GameEvent> events) {
        List<DomainEventMessage<GameEvent>> messages = new ArrayList<>();
        for (GameEvent event : events) {
            messages.add(new GenericDomainEventMessage<>(GameAggregate.TYPE, GAME, nextSequence++, event));
        }
        store.publish(messages);
    }

    /** The game's version and state, as the aggregate holds them. */
    private record Loaded(long version, GameState state) {
    }

    /**
     * The game as Axon's repository loads it before a command. The aggregate shows its version and state only in its
     * snapshot form, so {@code toSnapshot()} serves as a getter here; nothing is written.
     */
    private Loaded load() {
        EventSourcingRepository<GameAggregate> repository = EventSourcingRepository.builder(GameAggregate.class)
                .eventStore(store)
                .build();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            var aggregate = repository.load(GAME);
            return aggregate.invoke(game -> new Loaded(game.toSnapshot().version(),
                    GameState.fromSnapshot(game.toSnapshot().state())));
        } finally {
            unitOfWork.rollback();
        }
    }
}
