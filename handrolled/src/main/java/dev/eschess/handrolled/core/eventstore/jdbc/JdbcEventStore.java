package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.CommitProbe;
import dev.eschess.handrolled.core.eventstore.DuplicateEventId;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The event store on a relational database (H2 or PostgreSQL) through plain JDBC; the schema comes from
 * {@link SchemaMigrations}. An append runs in one transaction that first locks the single {@code log_head}
 * row, so appends are serialized: positions are gapless and become visible in position order (ADR 0011).
 * The unique key on (stream, version) backs the version check up; its violation becomes an
 * {@link ExpectedVersionConflict}.
 */
public final class JdbcEventStore implements EventStore {

    private static final String COLUMNS = "global_position, event_id, stream_id, stream_version, event_type, "
            + "schema_version, payload, occurred_at, correlation_id, causation_id, command_id, acting_player_id";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final CommitProbe probe;
    private final String insertEvent;

    /** A store on the data source, whose schema must be migrated already. */
    public JdbcEventStore(DataSource dataSource) {
        this(dataSource, CommitProbe.NONE);
    }

    /** A store that calls the probe inside every append transaction, just before the commit (for tests). */
    public JdbcEventStore(DataSource dataSource, CommitProbe probe) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.dialect = SqlDialect.of(dataSource);
        requireReadCommitted(dataSource);
        this.insertEvent = "INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, "
                + dialect.jsonParameter() + ", ?, ?, ?, ?, ?)";
    }

    /**
     * Appends rely on READ COMMITTED, the default of both databases: after waiting for the log-head lock, the
     * next statement must see what the previous holder committed. Checked once here rather than set on every
     * append, which would cost a round trip each time.
     */
    private static void requireReadCommitted(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                throw new IllegalArgumentException("the event store needs READ COMMITTED connections, got level "
                        + isolation);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot check the transaction isolation", e);
        }
    }

    /** Which database this store runs on. */
    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The participant runs on this append's connection, in its transaction, while the log head is locked: its
     * rows commit with the events or roll back with them, and every other append waits for it.
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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                AppendResult result = appendInTransaction(connection, streamId, expected, events, participant);
                connection.commit();
                return result;
            } catch (SQLException e) {
                connection.rollback();
                if (SqlDialect.isUniqueViolation(e)) {
                    throw uniqueViolation(e, streamId, expected, events);
                }
                throw e;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot append to stream " + streamId, e);
        }
    }

    /**
     * What a violated unique key means: a repeated event id, or (only if a writer bypassed the log-head lock)
     * another event at one of our versions, which the (stream, version) key refused as the last line of defence.
     */
    private RuntimeException uniqueViolation(
            SQLException violation, String streamId, ExpectedVersion expected, List<NewEvent> events) {
        String message = String.valueOf(violation.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("events_event_id")) {
            return new DuplicateEventId(events.stream().map(NewEvent::eventId)
                    .filter(id -> message.contains(id.toString())).findFirst().orElse(events.getFirst().eventId()));
        }
        return new ExpectedVersionConflict(streamId, expected, streamVersion(streamId));
    }

    private AppendResult appendInTransaction(Connection connection, String streamId, ExpectedVersion expected,
                                             List<NewEvent> events, AppendParticipant participant)
            throws SQLException {
        long head = lockLogHead(connection);
        long current = streamVersion(connection, streamId);
        if (!expected.isSatisfiedBy(current)) {
            throw new ExpectedVersionConflict(streamId, expected, current);
        }
        List<StoredEvent> pending = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            pending.add(events.get(i).storedAs(streamId, current + 1 + i, head + 1 + i));
        }
        insert(connection, pending);
        StoredEvent last = pending.getLast();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE log_head SET last_position = ? WHERE id = 1")) {
            update.setLong(1, last.position());
            update.executeUpdate();
        }
        try {
            participant.beforeCommit(Optional.of(connection), List.copyOf(pending));
        } catch (SQLException e) {
            // Not one of our statements: a key the participant violated must not pass for a version conflict.
            throw new EventStoreException("a participant of the append to stream " + streamId + " failed", e);
        }
        probe.beforeCommit(List.copyOf(pending));
        return new AppendResult(last.version(), last.position());
    }

    /** Locks the log head until this transaction ends; concurrent appends wait here. */
    private static long lockLogHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_position FROM log_head WHERE id = 1 FOR UPDATE");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the log_head row is missing: was the schema migrated?");
            }
            return rows.getLong(1);
        }
    }

    private void insert(Connection connection, List<StoredEvent> pending) throws SQLException {
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

    @Override
    public List<StoredEvent> readStream(String streamId, long fromVersion, long toVersion) {
        return query("SELECT " + COLUMNS + " FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ?"
                + " ORDER BY stream_version", statement -> {
                    statement.setString(1, streamId);
                    statement.setLong(2, fromVersion);
                    statement.setLong(3, toVersion);
                });
    }

    @Override
    public long streamVersion(String streamId) {
        try (Connection connection = dataSource.getConnection()) {
            return streamVersion(connection, streamId);
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the version of stream " + streamId, e);
        }
    }

    /** The newest version from the (stream, version) unique index: one index probe, no scan. */
    private static long streamVersion(Connection connection, String streamId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_version FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1")) {
            select.setString(1, streamId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
        return query("SELECT " + COLUMNS + " FROM events WHERE global_position >= ? ORDER BY global_position LIMIT ?",
                statement -> {
                    statement.setLong(1, fromPosition);
                    statement.setInt(2, batchSize);
                });
    }

    @Override
    public long headPosition() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT last_position FROM log_head WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the log head", e);
        }
    }

    @Override
    public List<StoredEvent> readByCommandId(String streamId, String commandId) {
        return query("SELECT " + COLUMNS + " FROM events WHERE stream_id = ? AND command_id = ?"
                + " ORDER BY stream_version", statement -> {
                    statement.setString(1, streamId);
                    statement.setString(2, commandId);
                });
    }

    @Override
    public void close() {
        // The data source belongs to the caller, who closes it.
    }

    private List<StoredEvent> query(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<StoredEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(read(rows));
                }
                return List.copyOf(events);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read events", e);
        }
    }

    private static StoredEvent read(ResultSet rows) throws SQLException {
        return new StoredEvent(
                rows.getObject("event_id", UUID.class),
                rows.getString("stream_id"),
                rows.getLong("stream_version"),
                rows.getLong("global_position"),
                rows.getString("event_type"),
                rows.getInt("schema_version"),
                rows.getString("payload"),
                rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new EventMetadata(
                        Optional.ofNullable(rows.getString("correlation_id")),
                        Optional.ofNullable(rows.getString("causation_id")),
                        Optional.ofNullable(rows.getString("command_id")),
                        Optional.ofNullable(rows.getString("acting_player_id"))));
    }

    @FunctionalInterface
    private interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
