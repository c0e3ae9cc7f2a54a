package dev.eschess.handrolled.core.subscription;

import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a {@link JdbcProjection} runs each batch: one database transaction whose connection the projection writes
 * its read model and its checkpoint through. The plain JDBC one suits a projection that owns its tables; an
 * application whose read model is written by other code (a framework's JDBC template, say) supplies one that joins
 * that code's transaction, so both commit together.
 */
@FunctionalInterface
public interface ProjectionTransactions {

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    void inTransaction(TransactionalWork work);

    /** Plain JDBC: a connection of the data source with auto-commit off for the work. */
    static ProjectionTransactions on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return work -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    work.run(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException | Error e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new EventStoreException("a projection's transaction failed", e);
            }
        };
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    interface TransactionalWork {
        /** Does the work; the caller commits or rolls back. */
        void run(Connection connection) throws SQLException;
    }
}
