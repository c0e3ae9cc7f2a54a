package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.figures.FigureFile;
import dev.eschess.benchmarks.figures.HttpLoadRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The HTTP load runs of both variants side by side, one row per database and number of games at once (issue 14: 1, 16
 * and 64 games on H2 and PostgreSQL), from the figure files {@code http-load-<variant>-<database>-<games>}; rows the
 * run did not measure say so.
 */
final class HttpLoadTable {

    /** The rows every report shows, measured or not; other runs found are added. */
    static final List<String> DATABASES = List.of("h2", "postgresql");
    static final List<Integer> GAMES = List.of(1, 16, 64);

    private static final List<String> VARIANTS = List.of("handrolled", "axon");
    private static final String NONE = "—";

    private HttpLoadTable() {
    }

    /** The table and the commands that measured it, as Markdown lines; each file read goes into {@code used}. */
    static List<String> render(Path figures, Map<String, String> used) {
        Map<Row, Map<String, FigureFile>> rows = new TreeMap<>();
        DATABASES.forEach(database -> GAMES.forEach(games -> rows.put(new Row(database, games), new TreeMap<>())));
        for (HttpLoadRun run : runs(figures)) {
            FigureFile.readFrom(figures, run.fileName()).ifPresent(file -> {
                used.put(run.fileName() + ".properties", file.value("recorded_at").orElse("?"));
                rows.computeIfAbsent(new Row(run.database(), run.games()), row -> new TreeMap<>())
                        .put(run.variant(), file);
            });
        }
        List<String> lines = new ArrayList<>();
        lines.add("| database | games at once | hand-rolled moves/s | p50 | p99 | non-2xx | Axon moves/s | p50 | p99 "
                + "| non-2xx |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> commands = new ArrayList<>();
        rows.forEach((row, files) -> {
            StringBuilder line = new StringBuilder("| " + databaseName(row.database()) + " | " + row.games() + " |");
            for (String variant : VARIANTS) {
                Optional<FigureFile> file = Optional.ofNullable(files.get(variant));
                String moves = file.flatMap(f -> f.value("moves_per_s")).orElse(ComparisonDocument.NOT_MEASURED);
                line.append(' ').append(moves).append(" | ").append(value(file, "p50_ms", " ms")).append(" | ")
                        .append(value(file, "p99_ms", " ms")).append(" | ").append(value(file, "non_2xx", ""))
                        .append(file.flatMap(f -> f.value("stored_exactly_once")).filter("false"::equals).isPresent()
                                ? " (**stored check failed**)" : "")
                        .append(" |");
                file.ifPresent(f -> commands.add("- `" + f.name() + "`: " + command(f)));
            }
            lines.add(line.toString());
        });
        lines.add("");
        lines.add("Each run: a packaged server on a fresh database (an H2 file, or a new database of one PostgreSQL "
                + "server), N games at once with one move request in flight per game, random legal moves for both "
                + "sides, a warm-up that is not counted, then moves per second and the latency of the move requests "
                + "(p50, p99) over the measured seconds; afterwards every acknowledged move must be stored exactly "
                + "once. Driver and server share the machine's cores. `benchmarks/comparison.sh --measure` runs every "
                + "row; one row by hand: `benchmarks/http-bench.sh JAR load GAMES WARMUP_S SECONDS`, with `DB_URL`, "
                + "`DB_USER`, `DB_PASSWORD` naming an empty PostgreSQL database for the PostgreSQL rows.");
        lines.add("");
        if (commands.isEmpty()) {
            lines.add("No load was run for this report: every row reads \"" + ComparisonDocument.NOT_MEASURED + "\".");
        } else {
            lines.add("The commands of this run:");
            lines.add("");
            lines.addAll(commands);
        }
        lines.add("");
        return lines;
    }

    /** The load runs whose figure files are in {@code figures}. */
    static List<HttpLoadRun> runs(Path figures) {
        if (!Files.isDirectory(figures)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(figures)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .flatMap(name -> HttpLoadRun.ofFileName(name).stream())
                    .sorted(Comparator.comparing(HttpLoadRun::fileName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Optional<FigureFile> file, String key, String unit) {
        return file.flatMap(f -> f.value(key)).map(value -> value + unit).orElse(NONE);
    }

    private static String command(FigureFile file) {
        String settings = file.value("games").orElse("?") + " games, " + file.value("warmup_s").orElse("?")
                + " s warm-up, " + file.value("measured_s").orElse("?") + " s measured, " + file.value("moves")
                .orElse("?") + " moves, event store " + file.value("event_store").orElse("?");
        return file.value("command").map(command -> "`" + command + "` (" + settings + ")")
                .orElse("HttpLoadDriver run by hand, no command recorded (" + settings + ")");
    }

    private static String databaseName(String database) {
        return switch (database) {
            case "h2" -> "H2";
            case "postgresql" -> "PostgreSQL";
            default -> database;
        };
    }

    /** A row: H2 before PostgreSQL before any other, then by games. */
    private record Row(String database, int games) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            return Comparator.comparingInt((Row row) -> rank(row.database())).thenComparing(Row::database)
                    .thenComparingInt(Row::games).compare(this, other);
        }

        private static int rank(String database) {
            int known = DATABASES.indexOf(database);
            return known < 0 ? DATABASES.size() : known;
        }
    }
}
