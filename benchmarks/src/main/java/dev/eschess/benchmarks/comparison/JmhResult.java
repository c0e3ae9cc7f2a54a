package dev.eschess.benchmarks.comparison;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark of a JMH result file ({@code -rf json}): its primary metric with the parameters it ran with.
 *
 * @param benchmark  the benchmark method, fully qualified ({@code dev.eschess.benchmarks.engines.X.perft})
 * @param mode       JMH's mode ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
 * @param params     the {@code @Param} values, in JMH's order (empty without parameters)
 * @param score      the primary metric's score
 * @param scoreError its error (99.9 % confidence), {@code NaN} when JMH could not estimate it (one fork, one iteration)
 * @param unit       the score's unit ({@code ops/s}, {@code us/op})
 */
record JmhResult(String benchmark, String mode, Map<String, String> params, double score, double scoreError,
                 String unit) {

    JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The class and method without the package: {@code X.perft}. */
    String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
