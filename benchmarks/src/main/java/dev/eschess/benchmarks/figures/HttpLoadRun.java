package dev.eschess.benchmarks.figures;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the HTTP load driver as its figure file is named, {@code http-load-<variant>-<database>-<games>}
 * ({@code http-load-axon-postgresql-16}): the report puts the runs of both variants side by side per database and
 * number of games.
 *
 * @param variant  the server's variant as {@code GET /api/info} names it ({@code handrolled}, {@code axon})
 * @param database the server's event store as it names it, lower case without punctuation ({@code h2},
 *                 {@code postgresql})
 * @param games    games played at once
 */
public record HttpLoadRun(String variant, String database, int games) {

    /** The first part of every such file's name. */
    public static final String PREFIX = "http-load";

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern NAME = Pattern.compile(PREFIX + "-([a-z0-9]+)-([a-z0-9]+)-([0-9]+)");

    public HttpLoadRun {
        variant = word(variant, "variant");
        database = word(database, "database");
        if (games < 1) {
            throw new IllegalArgumentException("games must be positive, not " + games);
        }
    }

    /** The figure file's name without {@code .properties}. */
    public String fileName() {
        return PREFIX + "-" + variant + "-" + database + "-" + games;
    }

    /** The run a figure file's name stands for; empty if it names no load run. */
    public static Optional<HttpLoadRun> ofFileName(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches()
                ? Optional.of(new HttpLoadRun(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))))
                : Optional.empty();
    }

    /** {@code PostgreSQL} becomes {@code postgresql}: lower case, only letters and digits. */
    private static String word(String text, String what) {
        String word = Objects.requireNonNull(text, what).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("the " + what + " of a load run needs a letter or digit, was '" + text
                    + "'");
        }
        return word;
    }
}
