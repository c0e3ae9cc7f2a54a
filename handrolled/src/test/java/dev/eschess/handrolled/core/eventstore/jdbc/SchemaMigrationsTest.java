package dev.eschess.handrolled.core.eventstore;

import static dev.eschess.handrolled.support.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreDatabase;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.support.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EventStoreDatabaseTest {

    @Test
    void anOpenedDatabaseIsMigratedAndReadyForAppends() {
        try (HikariDataSource pool = EventStoreDatabase.open(H2Databases.newFileUrl("open"), "sa", "")) {
            JdbcEventStore store = new JdbcEventStore(pool);

            assertThat(store.append("s", ExpectedVersion.noStream(), events("e", 2)).streamVersion()).isEqualTo(2);
        }
    }

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
