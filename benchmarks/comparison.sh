#!/usr/bin/env bash
# Generates docs/comparison.md, the side-by-side comparison of the two variants (issue 14), from one run.
#   benchmarks/comparison.sh             the report only, from the figure files already in benchmarks/target/figures/
#   benchmarks/comparison.sh --measure   builds the jars, runs every figure-producing benchmark on both variants
#                                        (fresh H2 files under benchmarks/target/, servers stopped by themselves), then
#                                        writes the report; commit docs/comparison.md with the run that produced it
# Settings of --measure (environment): GAMES=64 WARMUP=10 SECONDS=30 (load), CLIENTS=64 (views), LENGTHS=100,9000
# SAMPLES=200 (lengths), PROBE_GAMES=16 PROBE_SECONDS=10 (startup and memory), APPEND_ARGS (DurableAppendBenchmark).
# JAVA must be a JDK 21+ java; the report states the machine, JDK, commit and date of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
"$JAVA" -version 2>&1 | grep -q 'version "\(2[1-9]\|[3-9][0-9]\)' || { echo "JAVA must point to a JDK 21+ java" >&2; exit 2; }
export JAVA
BENCH=benchmarks/target/benchmarks.jar
if [ "${1:-}" = "--measure" ]; then
    mvn -B -q package -DskipTests
    rm -rf benchmarks/target/figures
    for jar in handrolled/target/handrolled.jar axon/target/axon.jar; do
        benchmarks/http-bench.sh "$jar" load "${GAMES:-64}" "${WARMUP:-10}" "${SECONDS:-30}"
        benchmarks/http-bench.sh "$jar" views "${CLIENTS:-64}" "${WARMUP:-10}" "${SECONDS:-30}"
        benchmarks/http-bench.sh "$jar" lengths "${LENGTHS:-100,9000}" "${SAMPLES:-200}"
        "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.http.StartupProbe "$jar" "${PROBE_GAMES:-16}" "${PROBE_SECONDS:-10}"
    done
    # The durable-append benchmark writes durable-append-<variant>.properties (appends_per_s) where it is built in.
    if unzip -l "$BENCH" | grep -q 'dev/eschess/benchmarks/append/DurableAppendBenchmark.class'; then
        # shellcheck disable=SC2086
        "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.append.DurableAppendBenchmark ${APPEND_ARGS:-}
    fi
elif [ -n "${1:-}" ]; then
    echo "usage: benchmarks/comparison.sh [--measure]" >&2; exit 2
fi
[ -f "$BENCH" ] || { echo "build it first: mvn -B -q package -pl benchmarks -am -DskipTests" >&2; exit 2; }
"$JAVA" -cp "$BENCH" dev.eschess.benchmarks.comparison.ComparisonReport "$PWD" docs/comparison.md benchmarks/target/figures
