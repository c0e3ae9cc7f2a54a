package dev.eschess.axon.command;

import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Axon's caching repository made safe for several instances on one database: an aggregate found in this process's
 * cache is used only if no other process has stored an event for it since, checked by one indexed read of the events
 * from its last one on; a stale entry is dropped and the aggregate is loaded from its snapshot and events.
 *
 * <p>Axon's own {@link CachingEventSourcingRepository} trusts its cache. With one instance that is right; with two, a
 * cached game that missed the other instance's move would decide on an old position, and a legal move would be
 * refused ("not your turn") without any write conflict to reveal it (ADR 0053).
 */
public class VersionCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;

    /** A repository over {@code builder}, which must name {@code cache} and {@code eventStore} too. */
    public VersionCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache,
                                           EventStore eventStore) {
        super(builder.cache(cache).eventStore(eventStore));
        this.cache = Objects.requireNonNull(cache, "cache");
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (!cache.containsKey(aggregateIdentifier)) {
            return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (isNewestStored(aggregateIdentifier, cached.version())) {
            return cached;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    /**
     * Whether the aggregate's stored events end at {@code sequenceNumber}: reads from that event on, along the
     * (aggregate, sequence) index, and expects exactly that one event. A cached aggregate ahead of the store counts as
     * stale too.
     */
    private boolean isNewestStored(String aggregateIdentifier, Long sequenceNumber) {
        if (sequenceNumber == null) {
            return false;
        }
        DomainEventStream tail = eventStore.readEvents(aggregateIdentifier, sequenceNumber);
        return tail.hasNext() && tail.next().getSequenceNumber() == sequenceNumber && !tail.hasNext();
    }
}
