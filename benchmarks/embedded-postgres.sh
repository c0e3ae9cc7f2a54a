# Sourced by the benchmark scripts (bash): an embedded PostgreSQL for their runs, or the server of PG_ADMIN_URL.
# Needs JAVA (a JDK 21+ java) and BENCH (the benchmarks jar); sets a trap that stops the embedded server on exit.
POSTGRES=""
POSTGRES_DIR=""
# Stops the embedded PostgreSQL, if this script started one (its JVM stops the server and deletes its data on SIGTERM).
stop_postgres() {
    if [ -n "$POSTGRES" ]; then
        kill -TERM "$POSTGRES" 2>/dev/null || true
        wait "$POSTGRES" 2>/dev/null || true
        rm -rf "$POSTGRES_DIR"
        POSTGRES=""
    fi
}
trap stop_postgres EXIT
trap 'exit 130' INT TERM
# The server new databases are made on: PG_ADMIN_URL if given, else an embedded one started here (in this shell, so
# that the trap above knows it and stops it).
ensure_postgres() {
    [ -n "${PG_ADMIN_URL:-}" ] && return
    local dir
    dir=$(mktemp -d "$PWD/benchmarks/target/bench-postgres.XXXXXX")
    "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.postgres.BenchmarkPostgres serve "$dir" > "$dir.log" 2>&1 &
    POSTGRES=$!
    POSTGRES_DIR=$dir
    for _ in $(seq 1 240); do
        [ -f "$dir/admin-url" ] && break
        kill -0 "$POSTGRES" 2>/dev/null || { echo "embedded PostgreSQL did not start; see $dir.log" >&2; exit 1; }
        sleep 0.5
    done
    [ -f "$dir/admin-url" ] || { echo "embedded PostgreSQL did not start in 2 minutes; see $dir.log" >&2; exit 1; }
    PG_ADMIN_URL=$(cat "$dir/admin-url"); PG_USER=postgres; PG_PASSWORD=""
    export PG_ADMIN_URL PG_USER PG_PASSWORD
}
# Prints the JDBC URL of a new, empty database named $1 (call ensure_postgres first).
fresh_postgres_database() {
    "$JAVA" -cp "$BENCH" dev.eschess.benchmarks.postgres.BenchmarkPostgres create "$PG_ADMIN_URL" "$1"
}
