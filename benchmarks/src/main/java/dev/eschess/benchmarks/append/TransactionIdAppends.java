package dev.eschess.benchmarks.append;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The write path of the other candidate of ADR 0065, ordering by transaction ids (PostgreSQL only), as a prototype:
 * a transaction per append that checks the stream's version and inserts the event numbered by the database, each row
 * stamped with {@code pg_current_xact_id()} and indexed by it for readers, who would read only below
 * {@code pg_snapshot_xmin(pg_current_snapshot())}. No log head, so appends never wait for each other; no reader is
 * measured, and no subscriber of the store could read this table as it is.
 */
record TransactionIdAppends() implements Contender {

    private static final String TABLE = "xid_events";

    @Override
    public String label() {
        return "xid8 order (prototype)";
    }

    @Override
    public String id() {
        return DurableAppendCell.XID8;
    }

    @Override
    public boolean runsOn(SqlDialect dialect) {
        return dialect == SqlDialect.POSTGRESQL;
    }

    @Override
    public Cell open(DataSource dataSource, SqlDialect dialect) throws SQLException {
        SameShapeTable table = new SameShapeTable(TABLE, dialect);
        try (Connection connection = dataSource.getConnection()) {
            table.createIfMissing(connection, dialect,
                    ", transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id()");
            try (var create = connection.createStatement()) {
                create.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_order ON " + TABLE
                        + " (transaction_id, global_position)");
            }
        }
        AtomicLong commits = new AtomicLong();
        return new Cell() {
            @Override
            public void append(String stream, long version) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        long current = table.streamVersion(connection, stream);
                        if (current != version - 1) {
                            throw new IllegalStateException("stream " + stream + " is at " + current + ", not "
                                    + (version - 1));
                        }
                        table.insert(connection, stream, version);
                        connection.commit();
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        throw e;
                    } finally {
                        connection.setAutoCommit(true);
                    }
                }
                commits.incrementAndGet();
            }

            @Override
            public long stored(String prefix) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    return table.count(connection, prefix);
                }
            }

            @Override
            public long commits() {
                return commits.get();
            }

            @Override
            public void close() {
                // Nothing of its own: every append returned its connection.
            }
        };
    }
}
