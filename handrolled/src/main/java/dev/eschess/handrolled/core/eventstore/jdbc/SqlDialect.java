package dev.eschess.handrolled.core.eventstore.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The few places where H2 and PostgreSQL need different SQL: the JSON column type, how a JSON parameter is
 * bound, and the "insert or overwrite if newer" statement for snapshots. Everything else is one code path.
 */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    /** The SQLState both databases use for a unique-key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** The dialect of the database behind the data source, from its product name. */
    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("unsupported database: " + product);
        } catch (SQLException e) {
            throw new EventStoreException("cannot detect the database dialect", e);
        }
    }


    /** The Flyway placeholders the migrations use. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("json_type", jsonColumnType());
    }

    /**
     * The column type for JSON documents. PostgreSQL's {@code json} validates and keeps the text exactly as
     * written (unlike {@code jsonb}, which reorders keys); H2 keeps the text as a string of at most a million
     * characters, its longest (a large object went to separate LOB storage and cost more than the row, V3).
     */
    String jsonColumnType() {
        return switch (this) {
            case H2 -> "CHARACTER VARYING(1000000)";
            case POSTGRESQL -> "json";
        };
    }

    /** The placeholder for a JSON text parameter in an INSERT or UPDATE. */
    public String jsonParameter() {
        return switch (this) {
            case H2 -> "?";
            case POSTGRESQL -> "CAST(? AS json)";
        };
    }

    /**
     * Insert a snapshot, or overwrite the stored one when the new one is for a later stream version.
     * Parameters: stream id, stream version, schema version, state (JSON), taken at.
     */
    public String upsertSnapshot() {
        return switch (this) {
            case H2 -> """
                    MERGE INTO snapshots t
                    USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS BIGINT), CAST(? AS INT),
                                   CAST(? AS CHARACTER VARYING(1000000)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                          AS s(stream_id, stream_version, schema_version, state, taken_at)
                    ON t.stream_id = s.stream_id
                    WHEN MATCHED AND t.stream_version < s.stream_version THEN UPDATE SET
                        stream_version = s.stream_version, schema_version = s.schema_version,
                        state = s.state, taken_at = s.taken_at
                    WHEN NOT MATCHED THEN INSERT (stream_id, stream_version, schema_version, state, taken_at)
                        VALUES (s.stream_id, s.stream_version, s.schema_version, s.state, s.taken_at)
                    """;
            case POSTGRESQL -> """
                    INSERT INTO snapshots (stream_id, stream_version, schema_version, state, taken_at)
                    VALUES (?, ?, ?, CAST(? AS json), ?)
                    ON CONFLICT (stream_id) DO UPDATE SET
                        stream_version = EXCLUDED.stream_version, schema_version = EXCLUDED.schema_version,
                        state = EXCLUDED.state, taken_at = EXCLUDED.taken_at
                    WHERE snapshots.stream_version < EXCLUDED.stream_version
                    """;
        };
    }

    /** Whether the exception (or one it wraps) is a violated unique key. */
    public static boolean isUniqueViolation(SQLException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
