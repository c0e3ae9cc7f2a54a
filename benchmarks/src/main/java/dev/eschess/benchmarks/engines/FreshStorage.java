package dev.eschess.benchmarks.engines;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * A storage engine that can be emptied: every call goes to an engine made by the supplier, replaced by a new one on
 * {@link #empty()}. Lets one Axon configuration replay game after game on empty storage, as the hand-rolled benchmark
 * does with a new store per game (Axon's in-memory engine reads an aggregate by scanning every stored event).
 */
final class FreshStorage implements EventStorageEngine {

    private final Supplier<? extends EventStorageEngine> engines;
    private EventStorageEngine current;

    FreshStorage(Supplier<? extends EventStorageEngine> engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.current = engines.get();
    }

    /** Drops every event and snapshot. */
    void empty() {
        current = engines.get();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        current.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        current.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return current.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return current.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return current.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return current.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return current.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return current.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return current.createTokenAt(dateTime);
    }
}
