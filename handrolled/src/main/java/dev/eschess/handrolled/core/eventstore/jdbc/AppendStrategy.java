package dev.eschess.handrolled.core.eventstore.jdbc;

/**
 * How a {@link JdbcEventStore} turns appends into transactions (ADR 0065). Both keep the log gapless and in commit
 * order under the one {@code log_head} row lock (ADR 0011); they differ in how many appends share that lock and the
 * commit that ends it.
 */
public sealed interface AppendStrategy {

    /** Appends gathered per batch on PostgreSQL: a batch never holds more subtransactions than a backend caches. */
    int POSTGRESQL_BATCH_LIMIT = 32;

    /**
     * What {@link JdbcEventStore#JdbcEventStore(javax.sql.DataSource)} chooses: group commit on PostgreSQL, where every
     * commit waits for the write-ahead log to reach the disk and sharing that wait is what makes appends scale; one
     * transaction per append on H2, which writes a commit to the file without waiting for the disk, so a batch has
     * no sync to share and its savepoints would only add statements (measured in ADR 0065).
     */
    static AppendStrategy defaultFor(SqlDialect dialect) {
        return switch (dialect) {
            case H2 -> new TransactionPerAppend();
            case POSTGRESQL -> new GroupCommit(POSTGRESQL_BATCH_LIMIT);
        };
    }

    /** Each append in a transaction of its own that holds the log head until its commit (ADR 0011). */
    record TransactionPerAppend() implements AppendStrategy {
    }

    /**
     * Concurrent appends gathered and written by one thread in one transaction, each inside a savepoint of its own:
     * one log-head lock and one commit for the batch, and an append that fails rolls back alone. A caller returns
     * once the batch has committed (ADR 0065).
     *
     * @param maxAppendsPerBatch how many appends one transaction takes at most
     */
    record GroupCommit(int maxAppendsPerBatch) implements AppendStrategy {

        public GroupCommit {
            if (maxAppendsPerBatch < 1) {
                throw new IllegalArgumentException("a batch takes at least one append, was " + maxAppendsPerBatch);
            }
        }
    }
}
