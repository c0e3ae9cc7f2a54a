package dev.eschess.benchmarks.append;

import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One way of storing appends durably, measured in the cells of {@link DurableAppendBenchmark}. */
sealed interface Contender permits RawInserts, StoreAppends, TransactionIdAppends {

    /** The column heading. */
    String label();

    /** Its name in the figure file, one of {@link dev.eschess.benchmarks.figures.DurableAppendCell#CONTENDERS}. */
    String id();

    /** Whether it can run on this database at all. */
    boolean runsOn(SqlDialect dialect);

    /** Opens what the writers of one cell append through, creating the contender's table on first use. */
    Cell open(DataSource dataSource, SqlDialect dialect) throws SQLException;

    /** The appends of one cell, shared by its writer threads. */
    interface Cell extends AutoCloseable {

        /** Appends one event at {@code version} of {@code stream} and returns once it is committed. */
        void append(String stream, long version) throws Exception;

        /** How many events the streams named {@code prefix...} hold: every acknowledged append must be there. */
        long stored(String prefix) throws SQLException;

        /** How many transactions committed through this cell so far. */
        long commits();

        @Override
        void close();
    }
}
