package dev.eschess.benchmarks.append;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The raw limit: one {@code INSERT} of one event, committed on its own (auto-commit), into a table of the store's
 * shape numbered by the database. No version check, no log head, no order for subscribers: what the disk and the
 * database allow for one-event transactions, which no event store on the same table can beat one append at a time.
 */
record RawInserts() implements Contender {

    private static final String TABLE = "raw_events";

    @Override
    public String label() {
        return "raw INSERT+COMMIT";
    }

    @Override
    public String id() {
        return DurableAppendCell.RAW;
    }

    @Override
    public boolean runsOn(SqlDialect dialect) {
        return true;
    }

    @Override
    public Cell open(DataSource dataSource, SqlDialect dialect) throws SQLException {
        SameShapeTable table = new SameShapeTable(TABLE, dialect);
        try (Connection connection = dataSource.getConnection()) {
            table.createIfMissing(connection, dialect, "");
        }
        AtomicLong commits = new AtomicLong();
        return new Cell() {
            @Override
            public void append(String stream, long version) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    table.insert(connection, stream, version);
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
                // Nothing of its own: every insert returned its connection.
            }
        };
    }
}
