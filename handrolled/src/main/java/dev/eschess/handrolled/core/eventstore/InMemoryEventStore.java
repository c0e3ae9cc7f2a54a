package dev.eschess.handrolled.core.eventstore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An event store in the heap of one process: the reference for the conformance suite and a fast store for
 * tests. Appends are serialized by one lock, exactly like the JDBC store's log head, so the log is gapless and
 * in commit order; reads never wait for an append in progress, only for the short moment it is published.
 */
public final class InMemoryEventStore implements EventStore {

    private final CommitProbe probe;
    private final ReentrantLock appendLock = new ReentrantLock(true);
    private final ReentrantReadWriteLock publishLock = new ReentrantReadWriteLock();
    private final List<StoredEvent> log = new ArrayList<>();
    private final Map<String, List<StoredEvent>> streams = new HashMap<>();
    private final Map<String, Map<String, List<StoredEvent>>> byCommandId = new HashMap<>();
    private final Set<UUID> eventIds = new HashSet<>();

    /** An empty store. */
    public InMemoryEventStore() {
        this(CommitProbe.NONE);
    }

    /** An empty store that calls the probe inside every append (for tests of the log's ordering). */
    public InMemoryEventStore(CommitProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /**
     * {@inheritDoc}
     *
     * <p>The participant runs under the append lock, before the events are published, with no connection: there is
     * no transaction here for it to join. If it throws, nothing is published; what it did itself is not undone.
     */
    @Override
    public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events,
                               AppendParticipant participant) {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(participant, "participant");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        appendLock.lock();
        try {
            // tag::tour-version-check[]
            long current = streamVersion(streamId);
            if (!expected.isSatisfiedBy(current)) {
                throw new ExpectedVersionConflict(streamId, expected, current);
            }
            // end::tour-version-check[]
            requireNewEventIds(events);
            long head = headPosition();
            List<StoredEvent> pending = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                pending.add(events.get(i).storedAs(streamId, current + 1 + i, head + 1 + i));
            }
            takePart(participant, pending);
            probe.beforeCommit(List.copyOf(pending));
            publish(streamId, pending);
            StoredEvent last = pending.getLast();
            return new AppendResult(last.version(), last.position());
        } finally {
            appendLock.unlock();
        }
    }

    private static void takePart(AppendParticipant participant, List<StoredEvent> pending) {
        try {
            participant.beforeCommit(Optional.empty(), List.copyOf(pending));
        } catch (SQLException e) {
            // Without a connection a participant has no statement to fail; one that throws this anyway still aborts.
            throw new IllegalStateException("a participant of the append refused it", e);
        }
    }

    private void requireNewEventIds(List<NewEvent> events) {
        Set<UUID> batch = new HashSet<>();
        publishLock.readLock().lock();
        try {
            for (NewEvent event : events) {
                if (eventIds.contains(event.eventId()) || !batch.add(event.eventId())) {
                    throw new DuplicateEventId(event.eventId());
                }
            }
        } finally {
            publishLock.readLock().unlock();
        }
    }

    private void publish(String streamId, List<StoredEvent> pending) {
        publishLock.writeLock().lock();
        try {
            log.addAll(pending);
            streams.computeIfAbsent(streamId, id -> new ArrayList<>()).addAll(pending);
            for (StoredEvent event : pending) {
                eventIds.add(event.eventId());
                event.metadata().commandId().ifPresent(commandId -> byCommandId
                        .computeIfAbsent(streamId, id -> new HashMap<>())
                        .computeIfAbsent(commandId, id -> new ArrayList<>())
                        .add(event));
            }
        } finally {
            publishLock.writeLock().unlock();
        }
    }

    @Override
    public List<StoredEvent> readStream(String streamId, long fromVersion, long toVersion) {
        publishLock.readLock().lock();
        try {
            List<StoredEvent> stream = streams.getOrDefault(streamId, List.of());
            long from = Math.max(1, fromVersion);
            long to = Math.min(stream.size(), toVersion);
            return from > to ? List.of() : List.copyOf(stream.subList((int) from - 1, (int) to));
        } finally {
            publishLock.readLock().unlock();
        }
    }

    @Override
    public long streamVersion(String streamId) {
        publishLock.readLock().lock();
        try {
            return streams.getOrDefault(streamId, List.of()).size();
        } finally {
            publishLock.readLock().unlock();
        }
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
        publishLock.readLock().lock();
        try {
            long from = Math.max(1, fromPosition);
            long to = Math.min(log.size(), from - 1 + batchSize);
            return from > to ? List.of() : List.copyOf(log.subList((int) from - 1, (int) to));
        } finally {
            publishLock.readLock().unlock();
        }
    }

    @Override
    public long headPosition() {
        publishLock.readLock().lock();
        try {
            return log.size();
        } finally {
            publishLock.readLock().unlock();
        }
    }

    @Override
    public List<StoredEvent> readByCommandId(String streamId, String commandId) {
        publishLock.readLock().lock();
        try {
            return List.copyOf(byCommandId.getOrDefault(streamId, Map.of()).getOrDefault(commandId, List.of()));
        } finally {
            publishLock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        // Nothing to release: the events live as long as this object.
    }
}
