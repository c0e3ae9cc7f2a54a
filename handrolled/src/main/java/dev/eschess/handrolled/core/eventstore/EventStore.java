package dev.eschess.handrolled.core.eventstore;

import java.util.List;

/**
 * Streams of events with optimistic concurrency, plus one global log in commit order for subscribers.
 * Implementations are thread-safe. Versions start at 1 within a stream; positions start at 1 in the log and
 * have no gaps: a subscriber that has seen position {@code p} has seen every committed event up to {@code p}.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Appends the events to the stream atomically: all or nothing.
     *
     * @param streamId the stream
     * @param expected what the writer believes the stream's version is
     * @param events   the events, at least one
     * @return the stream's new version and the position of the last event
     * @throws ExpectedVersionConflict if the stream is at another version; nothing was stored
     * @throws DuplicateEventId        if an event id is already stored or repeated; nothing was stored
     */
    default AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events) {
        return append(streamId, expected, events, AppendParticipant.NONE);
    }

    /**
     * Appends the events to the stream atomically, together with what the participant does just before the commit:
     * all or nothing. The participant runs only once the version check has passed and the events are written.
     *
     * @param participant work that commits or rolls back with the events; see {@link AppendParticipant}
     * @throws ExpectedVersionConflict if the stream is at another version; nothing was stored, the participant did
     *                                 not run
     * @throws DuplicateEventId        if an event id is already stored or repeated; nothing was stored
     * @throws RuntimeException        whatever the participant threw (a JDBC store wraps its {@code SQLException});
     *                                 nothing was stored
     */
    AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events,
                        AppendParticipant participant);

    /**
     * The events of a stream with versions from {@code fromVersion} to {@code toVersion}, both inclusive, in
     * version order; empty for a stream that does not exist.
     */
    List<StoredEvent> readStream(String streamId, long fromVersion, long toVersion);

    /** The whole stream, in version order. */
    default List<StoredEvent> readStream(String streamId) {
        return readStream(streamId, 1, Long.MAX_VALUE);
    }

    /** The stream's current version: its number of events, 0 when it does not exist. */
    long streamVersion(String streamId);

    /**
     * Up to {@code batchSize} events of the global log from {@code fromPosition} (inclusive), in position order.
     * The result is always a gapless run of committed events starting at {@code fromPosition}, or empty.
     */
    List<StoredEvent> readAll(long fromPosition, int batchSize);

    /** The position of the last committed event in the log, 0 when the store is empty. */
    long headPosition();

    /**
     * The events that a command with this id appended to the stream, in version order; empty if the command
     * never changed this stream. Backed by an index, so it costs the same however long the stream is.
     */
    List<StoredEvent> readByCommandId(String streamId, String commandId);

    /** Releases resources; the data stays where the implementation keeps it. */
    @Override
    void close();
}
