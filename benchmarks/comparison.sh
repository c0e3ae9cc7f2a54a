#!/usr/bin/env bash
# Generates docs/comparison.md, the side-by-side comparison of the two variants (issue 14), from one run.
#   benchmarks/comparison.sh             the report only, from the figure files already in benchmarks/target/figures/
#   benchmarks/comparison.sh --measure   builds the jars, runs every figure-producing benchmark on both variants
#                                        (fresh databases under benchmarks/target/, servers stopped by themselves), then
#                                        writes the report; commit docs/comparison.md with the run that produced it
# Settings of --measure (environment): LOAD_GAMES="1 16 64" DATABASES="h2 postgresql" (load: each number of games on
# each database), WARMUP=10 LOAD_SECONDS=30 (load and views), CLIENTS=64 (views), LENGTHS=100,9000 SAMPLES=200
# (lengths), PROBE_GAMES=16 PROBE_SECONDS=10 (startup and memory), APPEND_ARGS (DurableAppendBenchmark, for example
# "3 1 1,4,16 postgresql,h2"), JMH_ARGS (both JMH benchmarks, for example "-wi 2 -i 3").
# PostgreSQL: every load run gets a database of its own. By default on an embedded PostgreSQL that this script starts
# under benchmarks/target/ (dev.eschess.benchmarks.postgres.BenchmarkPostgres, fsync and synchronous_commit on) and
# stops at its end, however it ends (after SIGTERM or Ctrl-C, once the benchmark then running has ended); with
# PG_ADMIN_URL (a JDBC URL of a database on an existing server, such as jdbc:postgresql://localhost:5432/postgres) and
# PG_USER, PG_PASSWORD (a role allowed to create databases, e.g. after su postgres -c "psql -c 'ALTER ROLE eschess
# CREATEDB'") on that server instead. Views, lengths and startup run on H2.
# JAVA must be a JDK 21+ java; the report states the machine, JDK, commit and date of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
"$JAVA" -version 2>&1 | grep -q 'version "\(2[1-9]\|[3-9][0-9]\)' || { echo "JAVA must point to a JDK 21+ java" >&2; exit 2; }
export JAVA
BENCH=benchmarks/target/benchmarks.jar
# shellcheck source=benchmarks/embedded-postgres.sh
. benchmarks/embedded-postgres.sh
if [ "${1:-}" = "--measure" ]; then
    mvn -B -q package -DskipTests
    rm -rf benchmarks/target/figures
    mkdir -p benchmarks/target/figures
    # The commit this run measures; the report states it beside the commit it is generated at, which may be later.
    {
        echo "commit=$(git rev-parse HEAD)$(git status --porcelain --untracked-files=no | grep -q . && echo ' (with uncommitted changes)')"
        echo "recorded_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    } > benchmarks/target/figures/measured-run.properties
    RUN=$(date +%Y%m%d%H%M%S)
    for jar in handrolled/target/handrolled.jar axon/target/axon.jar; do
        variant=$(basename "$jar" .jar)
        for database in ${DATABASES:-h2 postgresql}; do
            for games in ${LOAD_GAMES:-1 16 64}; do
                case "$database" in
                    h2) benchmarks/http-bench.sh "$jar" load "$games" "${WARMUP:-10}" "${LOAD_SECONDS:-30}" ;;
                    postgresql)
                        ensure_postgres
                        url=$(fresh_postgres_database "bench_${RUN}_${variant}_${games}")
                        DB_URL=$url DB_USER=${PG_USER:-postgres} DB_PASSWORD=${PG_PASSWORD:-} \
                            benchmarks/http-bench.sh "$jar" load "$games" "${WARMUP:-10}" "${LOAD_SECONDS:-30}" ;;
                    *) echo "DATABASES: h2 and/or postgresql, not $database" >&2; exit 2 ;;
                esac
            done
        done
        benchmarks/http-bench.sh "$jar" views "${CLIENTS:-64}" "${WARMUP:-10}" "${LOAD_SECONDS:-30}"
        benchmarks/http-bench.sh "$jar" lengths "${LENGTHS:-100,9000}" "${SAMPLES:-200}"
        "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.http.StartupProbe "$jar" "${PROBE_GAMES:-16}" "${PROBE_SECONDS:-10}"
    done
    # The hand-rolled store against the raw limit (not Axon: see the report); writes durable-append.properties. Its
    # PostgreSQL cells run on a fresh database of the same server.
    ensure_postgres
    url=$(fresh_postgres_database "append_${RUN}")
    # shellcheck disable=SC2086
    PG_URL=$url PG_USER=${PG_USER:-postgres} PG_PASSWORD=${PG_PASSWORD:-} \
        "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.append.DurableAppendBenchmark ${APPEND_ARGS:-}
    stop_postgres
    # The engines in memory (ADR 0068): JMH results as JSON, read by the report.
    # shellcheck disable=SC2086
    "$JAVA" -cp "$BENCH" org.openjdk.jmh.Main GameReplayBenchmark -rf json \
        -rff benchmarks/target/figures/game-replay.json ${JMH_ARGS:-}
    # shellcheck disable=SC2086
    "$JAVA" -cp "$BENCH" org.openjdk.jmh.Main RehydrationBenchmark -rf json \
        -rff benchmarks/target/figures/rehydration.json ${JMH_ARGS:-}
elif [ -n "${1:-}" ]; then
    echo "usage: benchmarks/comparison.sh [--measure]" >&2; exit 2
fi
[ -f "$BENCH" ] || { echo "build it first: mvn -B -q package -pl benchmarks -am -DskipTests" >&2; exit 2; }
"$JAVA" -cp "$BENCH" dev.eschess.benchmarks.comparison.ComparisonReport "$PWD" docs/comparison.md benchmarks/target/figures
