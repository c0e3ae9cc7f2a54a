package dev.eschess.handrolled.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.support.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Point 11: the store's per-stream queries are served by an index, never by a scan of the whole table. Asks
 * PostgreSQL's planner with sequential scans switched off: a query without a usable index still shows
 * "Seq Scan" then, so this fails if an index goes missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexUseTest {

    private HikariDataSource dataSource;

    @BeforeAll
    void open() {
        dataSource = SharedPostgres.newDatabase("index_use");
        SchemaMigrations.migrate(dataSource);
    }

    @AfterAll
    void close() {
        dataSource.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM events WHERE stream_id = ? AND stream_version BETWEEN 1 AND 100 ORDER BY stream_version",
            "SELECT stream_version FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1",
            // The versions of a group commit's streams (ADR 0065), here of two.
            "SELECT s.stream_id, (SELECT e.stream_version FROM events e WHERE e.stream_id = s.stream_id"
                    + " ORDER BY e.stream_version DESC LIMIT 1)"
                    + " FROM UNNEST(CAST(ARRAY['stream-1', 'stream-2'] AS VARCHAR(200) ARRAY)) AS s(stream_id)",
            "SELECT * FROM events WHERE stream_id = ? AND command_id = 'c' ORDER BY stream_version",
            "SELECT * FROM events WHERE global_position >= 1 ORDER BY global_position LIMIT 100"})
    void theStoresQueriesUseAnIndex(String query) throws SQLException {
        String plan = plan(query);

        assertThat(plan).contains("Index").doesNotContain("Seq Scan");
    }

    @Test
    void aQueryWithoutAnIndexIsCaught() throws SQLException {
        assertThat(plan("SELECT * FROM events WHERE event_type = ?")).contains("Seq Scan");
    }

    private String plan(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query)) {
                if (query.contains("?")) {
                    explain.setString(1, "stream-1");
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RESET enable_seqscan");
                }
            }
        }
    }
}
