package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link AppendStrategy.TransactionPerAppend}: each append on the caller's thread, in a transaction of its own that
 * locks the log head first and holds it until its commit (ADR 0011).
 */
final class PerAppendTransactions implements Appender {

    private final DataSource dataSource;
    private final LogWriter log;

    PerAppendTransactions(DataSource dataSource, LogWriter log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    @Override
    public AppendResult append(AppendRequest request) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<StoredEvent> written = log.write(connection, log.lockLogHead(connection), request);
                StoredEvent last = written.getLast();
                log.moveLogHead(connection, last.position());
                connection.commit();
                return new AppendResult(last.version(), last.position());
            } catch (SQLException e) {
                connection.rollback();
                throw log.refusal(e, request, connection);
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot append to stream " + request.streamId(), e);
        }
    }

    @Override
    public void close() {
        // Nothing of its own: every append ran on its caller's thread and has ended.
    }
}
