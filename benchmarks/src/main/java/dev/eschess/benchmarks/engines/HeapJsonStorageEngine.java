package dev.eschess.benchmarks.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Axon's storage path without a database: events and snapshots go through Axon's own
 * {@link AbstractEventStorageEngine} (serialized with the Axon server's serializers, upcast and deserialized on every
 * read, as its JDBC engine does) into JSON text kept in the heap, one list per aggregate, the way the hand-rolled
 * {@code InMemoryEventStore} keeps its events. Axon's {@code InMemoryEventStorageEngine} differs on three counts that
 * make it unfit for comparing loads: it keeps the event objects (nothing is serialized), it scans every stored event
 * to read one aggregate, and it hands out the stored snapshot object itself as the loaded aggregate, which the events
 * after the snapshot then change. No event processor reads the global stream here, so tracked reads are empty.
 */
final class HeapJsonStorageEngine extends AbstractEventStorageEngine {

    private final Map<String, List<DomainEventData<String>>> streams = new HashMap<>();
    private final Map<String, DomainEventData<String>> snapshots = new HashMap<>();

    private HeapJsonStorageEngine(AbstractEventStorageEngine.Builder builder) {
        super(builder);
    }

    /** An empty store writing snapshots with {@code snapshots}, events with {@code events}, upcasting with the chain. */
    static HeapJsonStorageEngine using(Serializer snapshots, Serializer events, EventUpcaster upcasters) {
        return new HeapJsonStorageEngine(new Builder().snapshotSerializer(snapshots).eventSerializer(events)
                .upcasterChain(upcasters));
    }

    @Override
    protected synchronized void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        Map<String, Long> next = new HashMap<>();
        List<DomainEventData<String>> entries = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domainEvent)) {
                throw new IllegalArgumentException("only aggregates' events are stored here, not " + event);
            }
            String aggregate = domainEvent.getAggregateIdentifier();
            long expected = next.computeIfAbsent(aggregate, id -> (long) streams.getOrDefault(id, List.of()).size());
            if (domainEvent.getSequenceNumber() != expected) {
                throw new ConcurrencyException("aggregate " + aggregate + " expected sequence number " + expected
                        + ", got " + domainEvent.getSequenceNumber());
            }
            next.put(aggregate, expected + 1);
            entries.add(entry(domainEvent, serializer));
        }
        entries.forEach(entry -> streams.computeIfAbsent(entry.getAggregateIdentifier(), id -> new ArrayList<>())
                .add(entry));
    }

    @Override
    protected synchronized void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.put(snapshot.getAggregateIdentifier(), entry(snapshot, serializer));
    }

    @Override
    protected synchronized Stream<? extends DomainEventData<?>> readEventData(String identifier,
                                                                             long firstSequenceNumber) {
        List<DomainEventData<String>> stream = streams.getOrDefault(identifier, List.of());
        int from = (int) Math.min(Math.max(firstSequenceNumber, 0), stream.size());
        return List.copyOf(stream.subList(from, stream.size())).stream();
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return Stream.empty();
    }

    @Override
    protected synchronized Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.ofNullable(snapshots.get(aggregateIdentifier));
    }

    @Override
    public synchronized Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<DomainEventData<String>> stream = streams.getOrDefault(aggregateIdentifier, List.of());
        return stream.isEmpty() ? Optional.empty() : Optional.of((long) stream.size() - 1);
    }

    private static DomainEventData<String> entry(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new GenericDomainEventEntry<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getIdentifier(), event.getTimestamp(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metaData.getData());
    }

    /** The builder {@link AbstractEventStorageEngine} asks for; nothing to add. */
    private static final class Builder extends AbstractEventStorageEngine.Builder {
    }
}
