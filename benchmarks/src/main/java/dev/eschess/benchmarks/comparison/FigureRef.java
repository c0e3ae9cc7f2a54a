package dev.eschess.benchmarks.comparison;

/**
 * One figure the report shows for both variants: key {@code key} of the figure files {@code <benchmark>-handrolled}
 * and {@code <benchmark>-axon}. A key ending in {@code *} shows every key with that prefix.
 *
 * @param label     what the figure is, in words
 * @param benchmark the figure file's name before the variant
 * @param key       the key in the file, or a prefix followed by {@code *}
 * @param unit      the unit printed after the number
 * @param program   the program and command that write the file, for the "not measured" line
 */
record FigureRef(String label, String benchmark, String key, String unit, String program) {
}
