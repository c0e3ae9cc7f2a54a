package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.CommitProbe;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The event store on a relational database (H2 or PostgreSQL) through plain JDBC; the schema comes from
 * {@link SchemaMigrations}. Every append writes its events while its transaction holds the single {@code log_head}
 * row lock, so positions are gapless and become visible in position order (ADR 0011). How appends share that lock is
 * the {@link AppendStrategy}: one transaction each, or group commit, several appends in one transaction (ADR 0065).
 * The unique key on (stream, version) backs the version check up; its violation becomes an
 * {@link ExpectedVersionConflict}.
 */
public final class JdbcEventStore implements EventStore {

    private static final String COLUMNS = LogWriter.COLUMNS;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final AppendStrategy strategy;
    private final Appender appender;

    /** A store on the data source, whose schema must be migrated already, with its dialect's default strategy. */
    public JdbcEventStore(DataSource dataSource) {
        this(dataSource, CommitProbe.NONE);
    }

    /** A store that calls the probe inside every append transaction, just before the commit (for tests). */
    public JdbcEventStore(DataSource dataSource, CommitProbe probe) {
        this(dataSource, AppendStrategy.defaultFor(SqlDialect.of(dataSource)), probe);
    }

    /** A store that appends with the given strategy instead of its dialect's default. */
    public JdbcEventStore(DataSource dataSource, AppendStrategy strategy) {
        this(dataSource, strategy, CommitProbe.NONE);
    }

    /** A store with the given strategy that calls the probe inside every append, just before it commits (tests). */
    public JdbcEventStore(DataSource dataSource, AppendStrategy strategy, CommitProbe probe) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(probe, "probe");
        this.dialect = SqlDialect.of(dataSource);
        requireReadCommitted(dataSource);
        LogWriter log = new LogWriter(dialect, probe);
        this.appender = switch (strategy) {
            case AppendStrategy.TransactionPerAppend perAppend -> new PerAppendTransactions(dataSource, log);
            case AppendStrategy.GroupCommit groupCommit ->
                    new GroupCommitter(dataSource, log, groupCommit.maxAppendsPerBatch());
        };
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

    /** How this store turns appends into transactions. */
    public AppendStrategy appendStrategy() {
        return strategy;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The participant runs on the connection of the transaction that writes this append, while the log head is
     * locked: its rows commit with the events or roll back with them, and every other append waits for it. Under
     * group commit that transaction writes other appends too: if the participant fails, its append alone is refused
     * and the others are written again without it (the participant of each of them runs again; see
     * {@link AppendParticipant}).
     */
    @Override
    public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events,
                               AppendParticipant participant) {
        return appender.append(new AppendRequest(streamId, expected, events, participant));
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
            return LogWriter.streamVersion(connection, streamId);
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the version of stream " + streamId, e);
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

    /** Finishes the appends already handed in and stops taking new ones; the data source is the caller's to close. */
    @Override
    public void close() {
        appender.close();
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
