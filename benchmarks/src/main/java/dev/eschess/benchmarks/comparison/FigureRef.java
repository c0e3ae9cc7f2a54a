package dev.eschess.benchmarks.comparison;

import java.util.Locale;

/**
 * One figure the report shows for both variants: key {@code key} of the figure files {@code <benchmark>-handrolled}
 * and {@code <benchmark>-axon}, or, where {@code benchmark} holds {@value #VARIANT}, of the names with the variant put
 * there ({@code http-load-{variant}-h2-64}). A key ending in {@code *} shows every key with that prefix.
 *
 * @param label     what the figure is, in words
 * @param benchmark the figure file's name before the variant, or with {@value #VARIANT} where the variant goes
 * @param key       the key in the file, or a prefix followed by {@code *}
 * @param unit      the unit printed after the number
 * @param program   the program and command that write the file, for the "not measured" line
 */
record FigureRef(String label, String benchmark, String key, String unit, String program) {

    /** Where the variant goes in a figure file's name that does not end with it. */
    static final String VARIANT = "{variant}";

    /** The name of the figure file of {@code variant}, without {@code .properties}. */
    String fileName(String variant) {
        String name = benchmark.contains(VARIANT) ? benchmark.replace(VARIANT, variant) : benchmark + "-" + variant;
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
