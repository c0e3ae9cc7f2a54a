package dev.eschess.benchmarks.append;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of {@link DurableAppendBenchmark} measures.
 *
 * @param duration      measured per cell, after the warm-up
 * @param warmUp        appended but not counted, per cell
 * @param writers       the numbers of writer threads, one cell each
 * @param databases     the databases, in this order
 * @param postgres      an existing PostgreSQL server to use instead of the embedded one
 * @param workDirectory where the H2 file and the embedded server's data go (a fresh directory per run)
 */
public record AppendSettings(Duration duration, Duration warmUp, List<Integer> writers, List<Database> databases,
                             Optional<ExternalPostgres> postgres, Path workDirectory) {

    /** Hard bounds, so that a mistyped argument cannot keep the machine busy for an hour. */
    static final int MAX_WRITERS = 64;
    static final Duration MAX_CELL = Duration.ofMinutes(2);

    /** A database the benchmark runs on. */
    public enum Database {
        POSTGRESQL, H2
    }

    /**
     * An empty database on a PostgreSQL server that already runs, created for this run; the benchmark leaves it filled.
     *
     * @param jdbcUrl  the database ({@code jdbc:postgresql://localhost:5432/append_bench_1})
     * @param user     its owner
     * @param password the owner's password
     */
    public record ExternalPostgres(String jdbcUrl, String user, String password) {
    }

    public AppendSettings {
        writers = List.copyOf(writers);
        databases = List.copyOf(databases);
        if (writers.isEmpty() || writers.stream().anyMatch(w -> w < 1 || w > MAX_WRITERS)) {
            throw new IllegalArgumentException("writers must be 1.." + MAX_WRITERS + ", not " + writers);
        }
        if (databases.isEmpty()) {
            throw new IllegalArgumentException("name at least one database: postgresql, h2");
        }
        if (warmUp.isNegative() || duration.isNegative() || duration.isZero()
                || warmUp.plus(duration).compareTo(MAX_CELL) > 0) {
            throw new IllegalArgumentException("warm-up plus duration must be positive and at most " + MAX_CELL
                    + " per cell");
        }
    }

    /**
     * Settings from {@code [SECONDS] [WARMUP_S] [WRITERS] [DATABASES]}, defaults {@code 3 1 1,4,16 postgresql,h2}
     * (seconds may have decimals); {@code PG_URL}, {@code PG_USER} and {@code PG_PASSWORD} in the environment name an
     * empty database on an existing PostgreSQL server to use instead of the embedded one.
     *
     * @throws IllegalArgumentException if an argument cannot be read or breaks the bounds
     */
    static AppendSettings fromArguments(String[] args, Map<String, String> environment) {
        if (args.length > 4) {
            throw new IllegalArgumentException("at most four arguments");
        }
        Optional<ExternalPostgres> postgres = Optional.ofNullable(environment.get("PG_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> new ExternalPostgres(url, environment.getOrDefault("PG_USER", "postgres"),
                        environment.getOrDefault("PG_PASSWORD", "")));
        return new AppendSettings(
                seconds(argument(args, 0, "3")),
                seconds(argument(args, 1, "1")),
                Arrays.stream(argument(args, 2, "1,4,16").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                Arrays.stream(argument(args, 3, "postgresql,h2").split(",")).map(AppendSettings::database).toList(),
                postgres,
                defaultWorkDirectory());
    }

    private static Duration seconds(String text) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of seconds: '" + text + "'", e);
        }
    }

    private static Database database(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> Database.POSTGRESQL;
            case "h2" -> Database.H2;
            default -> throw new IllegalArgumentException("unknown database '" + name + "': postgresql or h2");
        };
    }

    /** {@code benchmarks/target} from the repository's root, {@code target} from the module's, else the temp dir. */
    private static Path defaultWorkDirectory() {
        for (Path candidate : List.of(Path.of("benchmarks", "target"), Path.of("target"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static String argument(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
