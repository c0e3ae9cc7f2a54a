package dev.eschess.benchmarks.figures;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of the durable-append benchmark as a key of its figure file {@value #FILE}: appends per second of one
 * contender on one database with a number of writers, {@code <database>.<writers>.<contender>}
 * ({@code postgresql.16.group-commit=8336.0}); group commit also has {@code ...group-commit.appends_per_commit}.
 *
 * @param database   {@code postgresql} or {@code h2}
 * @param writers    writer threads
 * @param contender  one of {@link #CONTENDERS}
 */
public record DurableAppendCell(String database, int writers, String contender) {

    /** The figure file's name. */
    public static final String FILE = "durable-append";
    /** One {@code INSERT} plus {@code COMMIT} per event in a table of the store's shape: the limit. */
    public static final String RAW = "raw";
    /** The hand-rolled store, one transaction per append (ADR 0011). */
    public static final String PER_APPEND = "per-append";
    /** The hand-rolled store with group commit (ADR 0065). */
    public static final String GROUP_COMMIT = "group-commit";
    /** The prototype of ordering by transaction ids, PostgreSQL only (ADR 0065). */
    public static final String XID8 = "xid8";
    /** The contenders in the order of the table's columns. */
    public static final List<String> CONTENDERS = List.of(RAW, PER_APPEND, GROUP_COMMIT, XID8);
    /** The suffix of the key holding the mean number of appends per group commit. */
    public static final String APPENDS_PER_COMMIT = ".appends_per_commit";

    private static final Pattern KEY = Pattern.compile("([a-z0-9]+)\\.([0-9]+)\\.([a-z0-9-]+)");

    public DurableAppendCell {
        if (!database.matches("[a-z0-9]+") || writers < 1 || !CONTENDERS.contains(contender)) {
            throw new IllegalArgumentException("not a durable-append cell: " + database + ", " + writers + ", "
                    + contender);
        }
    }

    /** The key of its appends per second. */
    public String key() {
        return database + "." + writers + "." + contender;
    }

    /** The cell a key of appends per second stands for; empty for any other key. */
    public static Optional<DurableAppendCell> ofKey(String key) {
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() && CONTENDERS.contains(matcher.group(3))
                ? Optional.of(new DurableAppendCell(matcher.group(1), Integer.parseInt(matcher.group(2)),
                matcher.group(3)))
                : Optional.empty();
    }
}
