package dev.eschess.handrolled.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;

/** H2 databases for tests: files under {@code target/h2/} or in memory, with a lock timeout longer than any test. */
public final class H2Databases {

    private H2Databases() {
    }

    /** A new file database's URL under {@code target/h2/}. */
    public static String newFileUrl(String prefix) {
        Path file = Path.of("target", "h2", prefix + "-" + UUID.randomUUID()).toAbsolutePath();
        return "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=20000";
    }

    /** A pool on a new in-memory database that lives until the JVM ends. */
    public static HikariDataSource newInMemory(String prefix) {
        return pool("jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    }

    /** A small pool on the URL; closing the pool closes a file database. */
    public static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("sa");
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }
}
