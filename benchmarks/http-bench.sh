#!/usr/bin/env bash
# Starts a packaged game server on a fresh embedded H2 database under benchmarks/target/, runs one HTTP benchmark
# against it on loopback, prints its report and stops the server. Everything ends by itself (bounded in count/time).
#   benchmarks/http-bench.sh JAR load [GAMES] [WARMUP_S] [SECONDS]   [-- SERVER ARGS...]
#   benchmarks/http-bench.sh JAR lengths [LENGTHS] [SAMPLES]         [-- SERVER ARGS...]
#   benchmarks/http-bench.sh JAR views [CLIENTS] [WARMUP_S] [SECONDS] [-- SERVER ARGS...]
# Examples: benchmarks/http-bench.sh handrolled/target/handrolled.jar load 64 10 30
#           benchmarks/http-bench.sh axon/target/axon.jar lengths 100,9000 300
# SERVER_JAVA_OPTS and DRIVER_JAVA_OPTS go to the server's and the driver's JVM (for example
# DRIVER_JAVA_OPTS=-Deschess.figures.dir=DIR writes the figure file there instead of benchmarks/target/figures/).
# DB_URL (with DB_USER, DB_PASSWORD) runs the server on that database instead, with the postgres profile when it is a
# PostgreSQL URL; the database must be empty (one per run), for example `su postgres -c "createdb -O eschess bench_1"`
# then DB_URL=jdbc:postgresql://localhost:5432/bench_1 DB_USER=eschess DB_PASSWORD=secret, or one made by
# dev.eschess.benchmarks.postgres.BenchmarkPostgres (benchmarks/comparison.sh --measure does that for each run).
# The drivers write figure files (benchmarks/target/figures/) that record this command line (DB_URL, not the password).
set -euo pipefail
cd "$(dirname "$0")/.."
ESCHESS_BENCH_COMMAND="${DB_URL:+DB_URL=$DB_URL }benchmarks/http-bench.sh $*"
export ESCHESS_BENCH_COMMAND
usage="usage: benchmarks/http-bench.sh JAR load [GAMES] [WARMUP_S] [SECONDS] | lengths [LENGTHS] [SAMPLES] | views [CLIENTS] [WARMUP_S] [SECONDS] [-- SERVER ARGS]"
JAR=${1:?$usage}; KIND=${2:?$usage}; shift 2
ARGS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do ARGS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
case "$KIND" in
    load) DRIVER=dev.eschess.benchmarks.http.HttpLoadDriver ;;
    lengths) DRIVER=dev.eschess.benchmarks.http.GameLengthProbe ;;
    views) DRIVER=dev.eschess.benchmarks.http.ViewLoadDriver ;;
    *) echo "$usage" >&2; exit 2 ;;
esac
JAVA=${JAVA:-java}
"$JAVA" -version 2>&1 | grep -q 'version "\(2[1-9]\|[3-9][0-9]\)' || { echo "JAVA must point to a JDK 21+ java" >&2; exit 2; }
PORT=${PORT:-18080}
mkdir -p benchmarks/target
WORK=$(mktemp -d "$PWD/benchmarks/target/http-bench.XXXXXX")
# The drivers create a game every few moves from one address: the per-address limit of creating and joining games
# (ADR 0059) is raised for them.
DATABASE=(--spring.datasource.url="jdbc:h2:file:$WORK/games;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0")
if [ -n "${DB_URL:-}" ]; then
    DATABASE=(--spring.datasource.url="$DB_URL" --spring.datasource.username="${DB_USER:-}"
              --spring.datasource.password="${DB_PASSWORD:-}")
    case "$DB_URL" in jdbc:postgresql:*) DATABASE+=(--spring.profiles.active=postgres) ;; esac
fi
"$JAVA" ${SERVER_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" "${DATABASE[@]}" \
    --eschess.web.rate-limit.creations.burst=1000000 --eschess.web.rate-limit.creations.per-minute=1000000 \
    "$@" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { echo "server did not start; see $WORK/server.log" >&2; exit 1; }
    sleep 0.5
done
echo "jar:        $JAR $* (log $WORK/server.log)"
# shellcheck disable=SC2086
"$JAVA" ${DRIVER_JAVA_OPTS:-} -cp benchmarks/target/benchmarks.jar "$DRIVER" "http://127.0.0.1:$PORT" "${ARGS[@]}"
