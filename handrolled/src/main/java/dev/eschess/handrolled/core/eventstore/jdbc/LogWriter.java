package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.CommitProbe;
import dev.eschess.handrolled.core.eventstore.DuplicateEventId;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of appends, on a connection whose transaction the caller owns: lock the log head, read the streams'
 * versions, insert the events, run the participant and the probe, move the log head. Both
 * {@link AppendStrategy strategies} write through it, so an append stores the same rows whichever one runs.
 */
final class LogWriter {

    static final String COLUMNS = "global_position, event_id, stream_id, stream_version, event_type, "
            + "schema_version, payload, occurred_at, correlation_id, causation_id, command_id, acting_player_id";

    /** Standard SQL that both databases read: an array parameter unnested into rows, one index probe per row. */
    private static final String STREAM_VERSIONS = "SELECT s.stream_id, (SELECT e.stream_version FROM events e"
            + " WHERE e.stream_id = s.stream_id ORDER BY e.stream_version DESC LIMIT 1)"
            + " FROM UNNEST(CAST(? AS VARCHAR(200) ARRAY)) AS s(stream_id)";

    private final CommitProbe probe;
    private final String insertEvent;

    LogWriter(SqlDialect dialect, CommitProbe probe) {
        this.probe = probe;
        this.insertEvent = "INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, "
                + dialect.jsonParameter() + ", ?, ?, ?, ?, ?)";
    }

    // tag::cmp-ordering[]
    /** Locks the log head until this transaction ends and returns the last committed position. */
    long lockLogHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_position FROM log_head WHERE id = 1 FOR UPDATE");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the log_head row is missing: was the schema migrated?");
            }
            return rows.getLong(1);
        }
    }
    // end::cmp-ordering[]

    /** Records {@code position} as the last one in the log; visible with the commit. */
    void moveLogHead(Connection connection, long position) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE log_head SET last_position = ? WHERE id = 1")) {
            update.setLong(1, position);
            update.executeUpdate();
        }
    }

    /**
     * Checks the version and writes the append's events at the positions after {@code head}, then runs its
     * participant and the probe; the log head is the caller's to move. Must run while the log head is locked.
     *
     * @return the events as written, with their versions and positions
     * @throws ExpectedVersionConflict if the stream is at another version; nothing was written
     * @throws EventStoreException     if a statement of the participant failed
     * @throws SQLException            if one of the store's own statements failed: see {@link #refusal}
     */
    List<StoredEvent> write(Connection connection, long head, AppendRequest request) throws SQLException {
        List<StoredEvent> written = place(request, streamVersion(connection, request.streamId()), head);
        insert(connection, written);
        takePart(connection, request, written);
        return written;
    }

    // tag::cmp-event-store[]
    /**
     * The append's events at the versions after {@code current} and the positions after {@code head}.
     *
     * @throws ExpectedVersionConflict if the writer expected another version than {@code current}
     */
    static List<StoredEvent> place(AppendRequest request, long current, long head) {
        if (!request.expected().isSatisfiedBy(current)) {
            throw new ExpectedVersionConflict(request.streamId(), request.expected(), current);
        }
        List<NewEvent> events = request.events();
        List<StoredEvent> placed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            placed.add(events.get(i).storedAs(request.streamId(), current + 1 + i, head + 1 + i));
        }
        return List.copyOf(placed);
    }
    // end::cmp-event-store[]

    /**
     * Runs the append's participant, then the probe, after its events are written.
     *
     * @throws EventStoreException if a statement of the participant failed
     */
    void takePart(Connection connection, AppendRequest request, List<StoredEvent> written) {
        try {
            request.participant().beforeCommit(Optional.of(connection), written);
        } catch (SQLException e) {
            // Not one of our statements: a key the participant violated must not pass for a version conflict.
            throw new EventStoreException("a participant of the append to stream " + request.streamId() + " failed",
                    e);
        }
        probe.beforeCommit(written);
    }

    /**
     * What the failure of one of the store's own statements means for the writer, read on {@code connection} after
     * the append was rolled back. A violated unique key is a repeated event id or, only if a writer bypassed the
     * log-head lock, another event at one of our versions, which the (stream, version) key refused as the last line
     * of defence.
     */
    RuntimeException refusal(SQLException failure, AppendRequest request, Connection connection) {
        if (!SqlDialect.isUniqueViolation(failure)) {
            return new EventStoreException("cannot append to stream " + request.streamId(), failure);
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("events_event_id")) {
            return new DuplicateEventId(request.events().stream().map(NewEvent::eventId)
                    .filter(id -> message.contains(id.toString())).findFirst()
                    .orElse(request.events().getFirst().eventId()));
        }
        try {
            return new ExpectedVersionConflict(request.streamId(), request.expected(),
                    streamVersion(connection, request.streamId()));
        } catch (SQLException e) {
            e.addSuppressed(failure);
            return new EventStoreException("cannot read the version of stream " + request.streamId(), e);
        }
    }

    /** The newest version from the (stream, version) unique index: one index probe, no scan. */
    static long streamVersion(Connection connection, String streamId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_version FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1")) {
            select.setString(1, streamId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /**
     * The newest version of each stream (0 for a stream without events), in one statement whose text is the same for
     * any number of streams, so that both databases keep one plan for it: for each stream the end of the (stream,
     * version) index, as {@link #streamVersion} reads it. The map is the caller's to change.
     */
    static Map<String, Long> streamVersions(Connection connection, Set<String> streams) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        if (streams.size() == 1) {
            // A batch of one stream, as every batch is when appends come one at a time: the plain query is cheaper.
            String stream = streams.iterator().next();
            versions.put(stream, streamVersion(connection, stream));
            return versions;
        }
        try (PreparedStatement select = connection.prepareStatement(STREAM_VERSIONS)) {
            select.setArray(1, connection.createArrayOf("VARCHAR", streams.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2)); // getLong reads no row (NULL) as 0
                }
            }
        }
        return versions;
    }

    /** Inserts the events, in one batch of statements. */
    void insert(Connection connection, List<StoredEvent> pending) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertEvent)) {
            for (StoredEvent event : pending) {
                insert.setLong(1, event.position());
                insert.setObject(2, event.eventId());
                insert.setString(3, event.streamId());
                insert.setLong(4, event.version());
                insert.setString(5, event.type());
                insert.setInt(6, event.schemaVersion());
                insert.setString(7, event.payload());
                insert.setObject(8, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                EventMetadata metadata = event.metadata();
                insert.setString(9, metadata.correlationId().orElse(null));
                insert.setString(10, metadata.causationId().orElse(null));
                insert.setString(11, metadata.commandId().orElse(null));
                insert.setString(12, metadata.actingPlayerId().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
