package dev.eschess.benchmarks.append;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.benchmarks.figures.FigureFile;
import dev.eschess.handrolled.core.eventstore.jdbc.AppendStrategy;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Durable appends per second (issue 14, point 2; ADR 0065): on PostgreSQL (fsync and synchronous commit on) and on an
 * H2 file with the servers' settings, with 1, 4 and 16 writers, one run measures side by side the raw limit (one
 * {@code INSERT} + {@code COMMIT} per event in a table of the store's shape), the hand-rolled store with one
 * transaction per append under the log-head lock (ADR 0011), the same store with group commit, and on PostgreSQL a
 * prototype of the write path of ordering by transaction ids. Every writer appends one-event appends to a stream of its
 * own at the version it expects. Each cell warms up, then counts the appends that complete within its measured time,
 * then checks that every acknowledged append is stored; at the end the store's log must be gapless.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.append.DurableAppendBenchmark
 * [SECONDS] [WARMUP_S] [WRITERS] [DATABASES]}, defaults {@code 3 1 1,4,16 postgresql,h2}. PostgreSQL is an embedded
 * server started for the run under {@code benchmarks/target/}, unless {@code PG_URL}, {@code PG_USER} and
 * {@code PG_PASSWORD} name an empty database on an existing server, created for the run. Exit status 1 when a check
 * fails, 2 on bad arguments. The figures also go to {@code durable-append.properties}, one key per cell
 * ({@link DurableAppendCell}), for the comparison report.
 */
public final class DurableAppendBenchmark {

    private static final String USAGE = "usage: DurableAppendBenchmark [SECONDS] [WARMUP_S] [WRITERS] [DATABASES],"
            + " for example 3 1 1,4,16 postgresql,h2";

    private DurableAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AppendSettings settings;
        try {
            settings = AppendSettings.fromArguments(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; " + USAGE);
            System.exit(2);
            return;
        }
        try {
            Results results = run(settings, System.out);
            FigureFile figures = results.figureFile(settings, Instant.now());
            System.out.println("figures: " + figures.writeTo(FigureFile.directory()));
        } catch (StoreCheckFailed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The contenders, in the order of the table's columns. */
    static List<Contender> contenders() {
        return List.of(new RawInserts(), new StoreAppends(new AppendStrategy.TransactionPerAppend()),
                new StoreAppends(new AppendStrategy.GroupCommit(AppendStrategy.POSTGRESQL_BATCH_LIMIT)),
                new TransactionIdAppends());
    }

    /**
     * What one cell measured.
     *
     * @param database     where
     * @param writers      how many writer threads
     * @param contender    the column heading
     * @param contenderId  its name in the figure file
     * @param appends      appends completed within the measured time
     * @param seconds      the measured time
     * @param acknowledged appends acknowledged in the whole cell, warm-up included
     * @param commits      transactions committed in the whole cell, warm-up included
     */
    record Measurement(AppendSettings.Database database, int writers, String contender, String contenderId,
                       long appends, double seconds, long acknowledged, long commits) {

        double perSecond() {
            return appends / seconds;
        }

        double appendsPerCommit() {
            return commits == 0 ? 0 : (double) acknowledged / commits;
        }
    }

    /**
     * What one run measured.
     *
     * @param cells     every cell, in the order run
     * @param databases what each database was, in words (version, settings)
     */
    record Results(List<Measurement> cells, Map<AppendSettings.Database, String> databases) {

        Results {
            cells = List.copyOf(cells);
            databases = Map.copyOf(databases);
        }

        /** The figure file of the comparison report: appends per second per cell, and the run's settings. */
        FigureFile figureFile(AppendSettings settings, Instant recordedAt) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("seconds", settings.duration().toMillis() / 1e3);
            figures.put("warmup_s", settings.warmUp().toMillis() / 1e3);
            databases.forEach((database, description) -> figures.put(name(database) + ".description", description));
            for (Measurement cell : cells) {
                String key = new DurableAppendCell(name(cell.database()), cell.writers(), cell.contenderId()).key();
                figures.put(key, String.format(Locale.ROOT, "%.0f", cell.perSecond()));
                if (cell.contenderId().equals(DurableAppendCell.GROUP_COMMIT)) {
                    figures.put(key + DurableAppendCell.APPENDS_PER_COMMIT,
                            String.format(Locale.ROOT, "%.1f", cell.appendsPerCommit()));
                }
            }
            return FigureFile.of(DurableAppendCell.FILE, figures, recordedAt);
        }

        private static String name(AppendSettings.Database database) {
            return database.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Runs every cell and prints the table; the figures, for the figure file and the smoke test. */
    static Results run(AppendSettings settings, PrintStream out) throws Exception {
        Path runDirectory = Files.createDirectories(settings.workDirectory().resolve("append-bench-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
        int maxWriters = settings.writers().stream().mapToInt(Integer::intValue).max().orElseThrow();
        out.printf(Locale.ROOT, "durable appends: one-event appends, each writer on a stream of its own at the"
                        + " version it expects; %.1f s warm-up and %.1f s measured per cell%n",
                settings.warmUp().toMillis() / 1e3, settings.duration().toMillis() / 1e3);
        out.printf(Locale.ROOT, "machine: %s %s, %d cores, load average %.2f at start%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Measurement> all = new ArrayList<>();
        Map<AppendSettings.Database, String> descriptions = new EnumMap<>(AppendSettings.Database.class);
        int cell = 0;
        for (AppendSettings.Database database : settings.databases()) {
            try (BenchmarkDatabase db = BenchmarkDatabase.open(database, settings.postgres(),
                    settings.workDirectory(), runDirectory, maxWriters)) {
                descriptions.put(database, db.description());
                out.println(db.description() + "; the store's default: "
                        + new StoreAppends(AppendStrategy.defaultFor(db.dialect())).label());
                for (int writers : settings.writers()) {
                    for (Contender contender : contenders()) {
                        if (contender.runsOn(db.dialect())) {
                            cell++;
                            all.add(measure(db, database, contender, writers, "cell" + cell + "-", settings));
                        }
                    }
                }
                out.println(gaplessLog(db));
            }
        }
        out.printf(Locale.ROOT, "load average %.2f at the end%n%n", loadAverage());
        printTable(all, out);
        try {
            Files.deleteIfExists(runDirectory); // the databases took their files with them
        } catch (DirectoryNotEmptyException e) {
            out.println("left behind: " + runDirectory);
        }
        return new Results(all, descriptions);
    }

    private static Measurement measure(BenchmarkDatabase db, AppendSettings.Database database, Contender contender,
                                       int writers, String prefix, AppendSettings settings) throws Exception {
        try (Contender.Cell cell = contender.open(db.dataSource(), db.dialect());
             ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            long measureFrom = System.nanoTime() + settings.warmUp().toNanos();
            long stopAt = measureFrom + settings.duration().toNanos();
            List<Future<long[]>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String stream = prefix + "writer" + w;
                running.add(threads.submit(() -> {
                    long version = 0;
                    long counted = 0;
                    while (System.nanoTime() < stopAt) {
                        cell.append(stream, ++version);
                        long done = System.nanoTime();
                        if (done >= measureFrom && done < stopAt) {
                            counted++;
                        }
                    }
                    return new long[] {version, counted};
                }));
            }
            long acknowledged = 0;
            long counted = 0;
            for (Future<long[]> writer : running) {
                try {
                    long[] result = writer.get(settings.warmUp().plus(settings.duration()).toSeconds() + 60,
                            TimeUnit.SECONDS);
                    acknowledged += result[0];
                    counted += result[1];
                } catch (ExecutionException e) {
                    throw new StoreCheckFailed(contender.label() + " failed with " + writers + " writers: "
                            + e.getCause(), e.getCause());
                }
            }
            long stored = cell.stored(prefix);
            if (stored != acknowledged) {
                throw new StoreCheckFailed(contender.label() + " with " + writers + " writers acknowledged "
                        + acknowledged + " appends but stored " + stored);
            }
            return new Measurement(database, writers, contender.label(), contender.id(), counted,
                    settings.duration().toNanos() / 1e9, acknowledged, cell.commits());
        }
    }

    /** The store's log after every cell: positions 1..N with no hole, and the log head at N. */
    private static String gaplessLog(BenchmarkDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*), coalesce(min(global_position), 0),"
                     + " coalesce(max(global_position), 0), (SELECT last_position FROM log_head WHERE id = 1)"
                     + " FROM events")) {
            rows.next();
            long count = rows.getLong(1);
            long first = rows.getLong(2);
            long last = rows.getLong(3);
            long head = rows.getLong(4);
            if (last != count || head != count || (count > 0 && first != 1)) {
                throw new StoreCheckFailed("the store's log has holes: " + count + " events at positions " + first
                        + ".." + last + ", log head " + head);
            }
            return "store's log: " + count + " events at positions 1.." + count + ", log head " + head + ": no hole";
        }
    }

    private static void printTable(List<Measurement> all, PrintStream out) {
        List<String> labels = contenders().stream().map(Contender::label).toList();
        out.println("appends per second (Markdown):");
        out.println("| database | writers | " + String.join(" | ", labels)
                + " | per append / raw | group commit / raw | appends per group commit |");
        out.println("|---|---:|" + "---:|".repeat(labels.size() + 3));
        for (AppendSettings.Database database : all.stream().map(Measurement::database).distinct().toList()) {
            for (int writers : all.stream().filter(m -> m.database() == database).map(Measurement::writers)
                    .distinct().toList()) {
                List<String> cells = new ArrayList<>();
                for (String label : labels) {
                    cells.add(find(all, database, writers, label)
                            .map(m -> String.format(Locale.ROOT, "%,.0f", m.perSecond())).orElse("—"));
                }
                Optional<Measurement> raw = find(all, database, writers, labels.get(0));
                Optional<Measurement> perAppend = find(all, database, writers, labels.get(1));
                Optional<Measurement> groupCommit = find(all, database, writers, labels.get(2));
                cells.add(ratio(perAppend, raw));
                cells.add(ratio(groupCommit, raw));
                cells.add(groupCommit.map(m -> String.format(Locale.ROOT, "%.1f", m.appendsPerCommit())).orElse("—"));
                out.println("| " + (database == AppendSettings.Database.H2 ? "H2" : "PostgreSQL") + " | " + writers
                        + " | " + String.join(" | ", cells) + " |");
            }
        }
    }

    private static Optional<Measurement> find(List<Measurement> all, AppendSettings.Database database, int writers,
                                              String label) {
        return all.stream().filter(m -> m.database() == database && m.writers() == writers
                && m.contender().equals(label)).findFirst();
    }

    private static String ratio(Optional<Measurement> measured, Optional<Measurement> raw) {
        if (measured.isEmpty() || raw.isEmpty() || raw.get().appends() == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2fx", measured.get().perSecond() / raw.get().perSecond());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A check of what was stored failed: the figures would not mean anything. */
    static final class StoreCheckFailed extends RuntimeException {
        StoreCheckFailed(String message) {
            super(message);
        }

        StoreCheckFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
