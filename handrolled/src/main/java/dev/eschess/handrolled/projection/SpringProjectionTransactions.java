package dev.eschess.handrolled.projection;

import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import dev.eschess.handrolled.core.subscription.ProjectionTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core's projection transactions as Spring transactions: the work gets the connection Spring has bound to the
 * transaction, so anything written through Spring's JDBC support in the same thread (web's lobby) commits with it.
 */
public final class SpringProjectionTransactions implements ProjectionTransactions {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;

    /** Transactions of {@code transactions} on {@code dataSource} (the manager's own data source). */
    public SpringProjectionTransactions(DataSource dataSource, TransactionTemplate transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void inTransaction(TransactionalWork work) {
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                work.run(connection);
            } catch (SQLException e) {
                throw new EventStoreException("a projection's transaction failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }
}
