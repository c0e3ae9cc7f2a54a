package dev.eschess.handrolled.core.eventstore.jdbc;

import static dev.eschess.handrolled.support.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.support.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
}
