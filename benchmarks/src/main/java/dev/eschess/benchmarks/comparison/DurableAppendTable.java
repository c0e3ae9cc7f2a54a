package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.benchmarks.figures.FigureFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The durable-append benchmark's figure file as a table: appends per second of the hand-rolled store (one transaction
 * per append, group commit) and of the transaction-id prototype against the raw limit, per database and writers.
 */
final class DurableAppendTable {

    private static final String PROGRAM = "`DurableAppendBenchmark` (`benchmarks/comparison.sh --measure`, or "
            + "`java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.append.DurableAppendBenchmark 3 1 1,4,16 "
            + "postgresql,h2`)";
    private static final String NONE = "—";

    private DurableAppendTable() {
    }

    /** The table as Markdown lines; the file, if read, goes into {@code used}. */
    static List<String> render(Path figures, Map<String, String> used) {
        Optional<FigureFile> found = FigureFile.readFrom(figures, DurableAppendCell.FILE);
        List<String> lines = new ArrayList<>();
        lines.add("Durable appends per second, one-event appends, each writer on a stream of its own at the version it "
                + "expects; written by " + PROGRAM + ".");
        lines.add("");
        if (found.isEmpty()) {
            lines.add("| durable appends | " + ComparisonDocument.NOT_MEASURED + " |");
            lines.add("|---|---|");
            lines.add("");
            return lines;
        }
        FigureFile file = found.get();
        used.put(DurableAppendCell.FILE + ".properties", file.value("recorded_at").orElse("?"));
        TreeSet<DurableAppendCell> rows = new TreeSet<>(Comparator.comparing(DurableAppendCell::database,
                        Comparator.comparing((String database) -> database.equals("postgresql") ? 0 : 1)
                                .thenComparing(Comparator.naturalOrder()))
                .thenComparingInt(DurableAppendCell::writers));
        file.values().keySet().stream().flatMap(key -> DurableAppendCell.ofKey(key).stream())
                .map(cell -> new DurableAppendCell(cell.database(), cell.writers(), DurableAppendCell.RAW))
                .forEach(rows::add);
        lines.add("| database | writers | raw INSERT+COMMIT (the limit) | store, one transaction per append | store, "
                + "group commit | xid8 order (prototype) | per append / raw | group commit / raw | appends per group "
                + "commit |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (DurableAppendCell row : rows) {
            StringBuilder line = new StringBuilder("| " + (row.database().equals("h2") ? "H2" : row.database()
                    .equals("postgresql") ? "PostgreSQL" : row.database()) + " | " + row.writers() + " |");
            for (String contender : DurableAppendCell.CONTENDERS) {
                line.append(' ').append(perSecond(file, row, contender).map(DurableAppendTable::rounded).orElse(NONE))
                        .append(" |");
            }
            line.append(' ').append(ratio(file, row, DurableAppendCell.PER_APPEND)).append(" | ")
                    .append(ratio(file, row, DurableAppendCell.GROUP_COMMIT)).append(" | ")
                    .append(file.value(new DurableAppendCell(row.database(), row.writers(),
                            DurableAppendCell.GROUP_COMMIT).key() + DurableAppendCell.APPENDS_PER_COMMIT).orElse(NONE))
                    .append(" |");
            lines.add(line.toString());
        }
        lines.add("");
        List<String> databases = new ArrayList<>();
        file.values().forEach((key, value) -> {
            if (key.endsWith(".description")) {
                databases.add(value);
            }
        });
        lines.add(file.value("warmup_s").orElse("?") + " s warm-up and " + file.value("seconds").orElse("?")
                + " s measured per cell. " + String.join(". ", databases) + ".");
        lines.add("");
        return lines;
    }

    private static Optional<Double> perSecond(FigureFile file, DurableAppendCell row, String contender) {
        return file.value(new DurableAppendCell(row.database(), row.writers(), contender).key())
                .map(Double::parseDouble);
    }

    private static String ratio(FigureFile file, DurableAppendCell row, String contender) {
        Optional<Double> raw = perSecond(file, row, DurableAppendCell.RAW).filter(value -> value > 0);
        Optional<Double> measured = perSecond(file, row, contender);
        return raw.isPresent() && measured.isPresent()
                ? String.format(Locale.ROOT, "%.2fx", measured.get() / raw.get()) : NONE;
    }

    private static String rounded(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
