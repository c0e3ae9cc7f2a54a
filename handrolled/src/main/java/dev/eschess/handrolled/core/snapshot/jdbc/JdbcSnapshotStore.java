package dev.eschess.handrolled.core.snapshot.jdbc;

import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import dev.eschess.handrolled.core.snapshot.Snapshot;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** The latest snapshot per stream in the {@code snapshots} table; a newer snapshot replaces an older one. */
public final class JdbcSnapshotStore implements SnapshotStore {

    private final DataSource dataSource;
    private final SqlDialect dialect;

    /** A store on the migrated data source. */
    public JdbcSnapshotStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = SqlDialect.of(dataSource);
    }

    @Override
    public Optional<Snapshot> latest(String streamId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT stream_version, schema_version, state, taken_at FROM snapshots WHERE stream_id = ?")) {
            select.setString(1, streamId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Snapshot(streamId, rows.getLong(1), rows.getInt(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the snapshot of " + streamId, e);
        }
    }

    @Override
    public void save(Snapshot snapshot) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(dialect.upsertSnapshot())) {
            upsert.setString(1, snapshot.streamId());
            upsert.setLong(2, snapshot.streamVersion());
            upsert.setInt(3, snapshot.schemaVersion());
            upsert.setString(4, snapshot.state());
            upsert.setObject(5, OffsetDateTime.ofInstant(snapshot.takenAt(), ZoneOffset.UTC));
            upsert.executeUpdate();
        } catch (SQLException e) {
            if (SqlDialect.isUniqueViolation(e)) {
                return; // a concurrent writer stored a snapshot of this stream first; either one is valid
            }
            throw new EventStoreException("cannot save the snapshot of " + snapshot.streamId(), e);
        }
    }
}
