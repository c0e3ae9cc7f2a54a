package dev.eschess.handrolled.core.subscription;

import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A projection whose read model lives in the same database as its checkpoint: each batch runs in one
 * transaction that locks the checkpoint row, applies the new events with {@link #handle} and moves the
 * checkpoint. A crash between two batches loses nothing and applies nothing twice; two runners of the same
 * projection take turns on the lock instead of both applying an event.
 */
public abstract class JdbcProjection implements Projection {

    private final DataSource dataSource;
    private final ProjectionTransactions transactions;
    private final String name;

    /** A projection keeping its checkpoint under {@code name} in {@code projection_checkpoints}, on plain JDBC. */
    protected JdbcProjection(DataSource dataSource, String name) {
        this(dataSource, ProjectionTransactions.on(dataSource), name);
    }

    /** The same, with each batch in a transaction of {@code transactions} (on the same database). */
    protected JdbcProjection(DataSource dataSource, ProjectionTransactions transactions, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.name = Objects.requireNonNull(name, "name");
        ensureCheckpointRow();
    }

    /** Applies one event to the read model inside the batch's transaction. */
    protected abstract void handle(Connection connection, StoredEvent event) throws SQLException;

    /** Deletes the whole read model inside the reset's transaction. */
    protected abstract void clear(Connection connection) throws SQLException;

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final long checkpoint() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT global_position FROM projection_checkpoints WHERE projection = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the checkpoint of " + name, e);
        }
    }

    @Override
    public final void apply(List<StoredEvent> batch) {
        transactions.inTransaction(connection -> {
            long checkpoint = lockCheckpoint(connection);
            long next = checkpoint + 1;
            for (StoredEvent event : batch) {
                if (event.position() < next) {
                    continue; // applied before: a repeated delivery changes nothing
                }
                if (event.position() > next) {
                    throw new IllegalStateException(name + " expected position " + next + " but got "
                            + event.position() + ": the log must be read without gaps");
                }
                handle(connection, event);
                next++;
            }
            if (next - 1 > checkpoint) {
                storeCheckpoint(connection, next - 1);
            }
        });
    }

    @Override
    public final void reset() {
        transactions.inTransaction(connection -> {
            lockCheckpoint(connection);
            clear(connection);
            storeCheckpoint(connection, 0);
        });
    }

    private long lockCheckpoint(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT global_position FROM projection_checkpoints WHERE projection = ? FOR UPDATE")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("checkpoint row of " + name + " is missing");
                }
                return rows.getLong(1);
            }
        }
    }

    private void storeCheckpoint(Connection connection, long position) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE projection_checkpoints SET global_position = ? WHERE projection = ?")) {
            update.setLong(1, position);
            update.setString(2, name);
            update.executeUpdate();
        }
    }

    private void ensureCheckpointRow() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO projection_checkpoints (projection, global_position) SELECT ?, 0 WHERE NOT EXISTS"
                             + " (SELECT 1 FROM projection_checkpoints WHERE projection = ?)")) {
            insert.setString(1, name);
            insert.setString(2, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!SqlDialect.isUniqueViolation(e)) {
                throw new EventStoreException("cannot create the checkpoint of " + name, e);
            }
        }
    }
}
