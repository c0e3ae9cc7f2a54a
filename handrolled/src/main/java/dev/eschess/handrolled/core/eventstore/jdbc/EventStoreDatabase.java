package dev.eschess.handrolled.core.eventstore.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens a connection pool (HikariCP) on an H2 or PostgreSQL URL with the settings the event store relies on
 * (READ COMMITTED, commits by the store itself) and migrates the schema. For applications without a framework
 * that manages the pool; the caller closes the returned pool.
 */
public final class EventStoreDatabase {

    private EventStoreDatabase() {
    }

    /**
     * A migrated pool.
     *
     * @param jdbcUrl            for example {@code jdbc:h2:file:./data/handrolled/games} or
     *                           {@code jdbc:postgresql://localhost/eschess}
     * @param user               the database user
     * @param password           the password
     * @param readModelLocations Flyway locations of read models to migrate as well
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, String... readModelLocations) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("handrolled-event-store");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            SchemaMigrations.migrate(pool, readModelLocations);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
