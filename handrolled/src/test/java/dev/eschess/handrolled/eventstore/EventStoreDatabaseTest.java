package dev.eschess.handrolled.eventstore;

import static dev.eschess.handrolled.support.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.eventstore.jdbc.EventStoreDatabase;
import dev.eschess.handrolled.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.support.H2Databases;
import org.junit.jupiter.api.Test;

class EventStoreDatabaseTest {

    @Test
    void anOpenedDatabaseIsMigratedAndReadyForAppends() {
        try (HikariDataSource pool = EventStoreDatabase.open(H2Databases.newFileUrl("open"), "sa", "")) {
            JdbcEventStore store = new JdbcEventStore(pool);

            assertThat(store.append("s", ExpectedVersion.noStream(), events("e", 2)).streamVersion()).isEqualTo(2);
        }
    }
}
