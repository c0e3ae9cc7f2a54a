package dev.eschess.benchmarks.append;

import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A table of the same shape as the hand-rolled store's {@code events} (V1: the same columns, unique keys and index),
 * except that the database numbers the rows from an identity column: no log head, no order for subscribers.
 */
final class SameShapeTable {

    private static final String COLUMNS = "event_id, stream_id, stream_version, event_type, schema_version, payload,"
            + " occurred_at, correlation_id, causation_id, command_id, acting_player_id";

    private final String name;
    private final String insert;

    /** The table {@code name} on a database of this dialect. */
    SameShapeTable(String name, SqlDialect dialect) {
        this.name = name;
        this.insert = "INSERT INTO " + name + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, " + dialect.jsonParameter()
                + ", ?, ?, ?, ?, ?)";
    }

    /**
     * Creates the table if it is missing, with {@code extraColumns} (empty, or starting with a comma) after the
     * store's columns.
     */
    void createIfMissing(Connection connection, SqlDialect dialect, String extraColumns) throws SQLException {
        String json = switch (dialect) {
            case H2 -> "CHARACTER VARYING(1000000)";
            case POSTGRESQL -> "json";
        };
        // Table names are constants of this module, never input.
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS " + name + " ("
                    + " global_position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " event_id UUID NOT NULL, stream_id VARCHAR(200) NOT NULL, stream_version BIGINT NOT NULL,"
                    + " event_type VARCHAR(200) NOT NULL, schema_version INT NOT NULL, payload " + json + " NOT NULL,"
                    + " occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, correlation_id VARCHAR(200),"
                    + " causation_id VARCHAR(200), command_id VARCHAR(200), acting_player_id VARCHAR(200)"
                    + extraColumns + ","
                    + " CONSTRAINT " + name + "_event_id UNIQUE (event_id),"
                    + " CONSTRAINT " + name + "_stream_version UNIQUE (stream_id, stream_version),"
                    + " CONSTRAINT " + name + "_positive_version CHECK (stream_version >= 1))");
            create.execute("CREATE INDEX IF NOT EXISTS " + name + "_stream_command ON " + name
                    + " (stream_id, command_id)");
        }
    }

    /** Inserts one event at {@code version} of {@code stream} on the connection (committing is the caller's). */
    void insert(Connection connection, String stream, long version) throws SQLException {
        BenchmarkEvent event = BenchmarkEvent.next(stream, version);
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, event.eventId());
            statement.setString(2, stream);
            statement.setLong(3, version);
            statement.setString(4, BenchmarkEvent.TYPE);
            statement.setInt(5, 1);
            statement.setString(6, event.payload());
            statement.setObject(7, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            statement.setString(8, event.commandId());
            statement.setString(9, event.commandId());
            statement.setString(10, event.commandId());
            statement.setString(11, BenchmarkEvent.ACTING_PLAYER);
            statement.executeUpdate();
        }
    }

    /** The newest version of the stream, read from the end of the (stream, version) index as the store reads it. */
    long streamVersion(Connection connection, String stream) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT stream_version FROM " + name
                + " WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1")) {
            select.setString(1, stream);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** How many rows the streams named {@code prefix...} hold. */
    long count(Connection connection, String prefix) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM " + name + " WHERE stream_id LIKE ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
