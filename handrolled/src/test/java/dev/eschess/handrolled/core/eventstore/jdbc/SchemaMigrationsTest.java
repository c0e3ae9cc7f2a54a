package dev.eschess.handrolled.core.eventstore.jdbc;

import static dev.eschess.handrolled.support.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.support.H2Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The core's schema migrates on its own Flyway history, beside other modules' tables in the same schema. */
class SchemaMigrationsTest {

    @Test
    void theCoreMigratesBesideAnotherModulesTablesInTheSameSchema() throws SQLException {
        try (HikariDataSource pool = H2Databases.newInMemory("beside")) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE web_lobby_games (game_id VARCHAR(64) PRIMARY KEY)");
            }

            SchemaMigrations.migrate(pool);

            assertThat(new JdbcEventStore(pool).append("s", ExpectedVersion.noStream(), events("e", 1))
                    .streamVersion()).isEqualTo(1);
        }
    }

    @Test
    void anH2DatabaseOfSchemaVersionTwoKeepsItsEventsWhenItsJsonColumnsBecomeText() throws SQLException {
        try (HikariDataSource pool = H2Databases.newInMemory("clob-to-text")) {
            Flyway.configure().dataSource(pool).table("handrolled_schema_history")
                    .locations(SchemaMigrations.CORE_LOCATION).target("2")
                    .placeholders(Map.of("json_type", "CHARACTER LARGE OBJECT"))
                    .load().migrate();
            String payload = "{\"text\":\"" + "x".repeat(5_000) + "\"}";
            new JdbcEventStore(pool).append("s", ExpectedVersion.noStream(), List.of(new NewEvent(UUID.randomUUID(),
                    "Thing", 1, payload, Instant.parse("2026-12-05T10:00:00Z"), EventMetadata.NONE)));
            assertThat(columnType(pool, "EVENTS", "PAYLOAD")).isEqualTo("CHARACTER LARGE OBJECT");

            SchemaMigrations.migrate(pool);

            assertThat(columnType(pool, "EVENTS", "PAYLOAD")).isEqualTo("CHARACTER VARYING");
            assertThat(columnType(pool, "SNAPSHOTS", "STATE")).isEqualTo("CHARACTER VARYING");
            assertThat(new JdbcEventStore(pool).readStream("s")).singleElement()
                    .satisfies(stored -> assertThat(stored.payload()).isEqualTo(payload));
        }
    }

    private static String columnType(HikariDataSource pool, String table, String column) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            select.setString(1, table);
            select.setString(2, column);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
