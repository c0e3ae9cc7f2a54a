#!/usr/bin/env bash
# Measures a change on the request path: HTTP load on the packaged servers of an earlier commit and of this checkout,
# both variants, in one run on this machine, each configuration before and then after, so that both sides see the same
# machine. Prints one table of moves/s and latencies, before against after.
#   benchmarks/before-after.sh BEFORE_COMMIT
# Settings (environment): GAMES="1 16 64" DATABASES="h2 postgresql" VARIANTS="handrolled axon" WARMUP=5
# LOAD_SECONDS=20. The earlier commit is built in a git worktree under benchmarks/target/before-after/ (removed at the
# end); this checkout is built as it is, uncommitted changes included. Both sides are driven by this checkout's
# benchmarks jar and http-bench.sh, on loopback; every run is bounded in time and stops its server. PostgreSQL runs on
# an embedded server started here (see embedded-postgres.sh), a fresh database per run.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:?usage: benchmarks/before-after.sh BEFORE_COMMIT}
JAVA=${JAVA:-java}
"$JAVA" -version 2>&1 | grep -q 'version "\(2[1-9]\|[3-9][0-9]\)' || { echo "JAVA must point to a JDK 21+ java" >&2; exit 2; }
export JAVA
BENCH=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/before-after
BEFORE_TREE=$OUT/before-tree
# shellcheck source=benchmarks/embedded-postgres.sh
. benchmarks/embedded-postgres.sh
cleanup() {
    stop_postgres
    git worktree remove --force "$BEFORE_TREE" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$OUT"
mkdir -p "$OUT/figures-before" "$OUT/figures-after"
BEFORE_SHA=$(git rev-parse --verify "$BEFORE^{commit}")
AFTER_SHA=$(git rev-parse HEAD)$(git status --porcelain --untracked-files=no | grep -q . && echo '+changes' || true)
echo "building $BEFORE_SHA (before) and this checkout, $AFTER_SHA (after)"
git worktree add --detach "$BEFORE_TREE" "$BEFORE_SHA" >/dev/null
(cd "$BEFORE_TREE" && mvn -B -q package -DskipTests)
mvn -B -q package -DskipTests

RUN=$(date +%Y%m%d%H%M%S)
for database in ${DATABASES:-h2 postgresql}; do
    for variant in ${VARIANTS:-handrolled axon}; do
        for games in ${GAMES:-1 16 64}; do
            for side in before after; do
                jar=$variant/target/$variant.jar
                [ "$side" = before ] && jar=$BEFORE_TREE/$jar
                url=""
                if [ "$database" = postgresql ]; then
                    ensure_postgres
                    url=$(fresh_postgres_database "ba_${RUN}_${side}_${variant}_${games}")
                fi
                DB_URL=$url DB_USER=${PG_USER:-} DB_PASSWORD=${PG_PASSWORD:-} \
                    DRIVER_JAVA_OPTS="-Deschess.figures.dir=$OUT/figures-$side" \
                    benchmarks/http-bench.sh "$jar" load "$games" "${WARMUP:-5}" "${LOAD_SECONDS:-20}" \
                    > "$OUT/$side-$variant-$database-$games.log" 2>&1 \
                    || { echo "run failed: see $OUT/$side-$variant-$database-$games.log" >&2; exit 1; }
            done
        done
    done
done

# Prints FIELD of the load figure file of SIDE, VARIANT, DATABASE and GAMES.
figure() {
    local file=$OUT/figures-$1/http-load-$2-$3-$4.properties
    sed -n "s/^$5=//p" "$file" 2>/dev/null | head -1
}
echo
echo "before: $BEFORE_SHA   after: $AFTER_SHA   $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "warmup ${WARMUP:-5} s, measured ${LOAD_SECONDS:-20} s per run; moves/s, p50 and p99 in ms; non-2xx answers"
printf '%-10s %-10s %5s | %9s %7s %7s %5s | %9s %7s %7s %5s | %7s\n' variant database games \
    before p50 p99 non2xx after p50 p99 non2xx after/before
for database in ${DATABASES:-h2 postgresql}; do
    for variant in ${VARIANTS:-handrolled axon}; do
        for games in ${GAMES:-1 16 64}; do
            b=$(figure before "$variant" "$database" "$games" moves_per_s)
            a=$(figure after "$variant" "$database" "$games" moves_per_s)
            ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
            printf '%-10s %-10s %5s | %9s %7s %7s %5s | %9s %7s %7s %5s | %7s\n' "$variant" "$database" "$games" \
                "$b" "$(figure before "$variant" "$database" "$games" p50_ms)" \
                "$(figure before "$variant" "$database" "$games" p99_ms)" \
                "$(figure before "$variant" "$database" "$games" non_2xx)" \
                "$a" "$(figure after "$variant" "$database" "$games" p50_ms)" \
                "$(figure after "$variant" "$database" "$games" p99_ms)" \
                "$(figure after "$variant" "$database" "$games" non_2xx)" "$ratio"
        done
    done
done
