package dev.eschess.benchmarks.comparison;

import java.util.List;

/**
 * One question both variants answer, compared side by side.
 *
 * @param id         the key of its verdict in {@code comparison/verdicts.md}, and its anchor
 * @param title      the heading
 * @param framing    the question in plain words
 * @param handrolled the hand-rolled variant's code, sources and tests
 * @param axon       the Axon variant's
 * @param testCode   whether {@code sources} are test sources (lines of test code) rather than main sources
 * @param figures    the benchmark figures that bear on it, one row per figure
 * @param tables     the tables of figures that bear on it, shown after those rows
 */
record Concern(String id, String title, String framing, Side handrolled, Side axon, boolean testCode,
               List<FigureRef> figures, List<FigureTable> tables) {

    Concern {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** A concern without tables of figures. */
    Concern(String id, String title, String framing, Side handrolled, Side axon, boolean testCode,
            List<FigureRef> figures) {
        this(id, title, framing, handrolled, axon, testCode, figures, List.of());
    }
}
