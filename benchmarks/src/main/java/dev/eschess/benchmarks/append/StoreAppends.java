package dev.eschess.benchmarks.append;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.jdbc.AppendStrategy;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The hand-rolled store's {@code append} with one strategy, as the command handler calls it: one event at the version
 * the writer expects. Its connections count their commits, so that a cell can tell how many appends shared one.
 *
 * @param strategy how the store turns appends into transactions
 */
record StoreAppends(AppendStrategy strategy) implements Contender {

    @Override
    public String label() {
        return switch (strategy) {
            case AppendStrategy.TransactionPerAppend perAppend -> "log_head, transaction per append";
            case AppendStrategy.GroupCommit groupCommit -> "log_head, group commit";
        };
    }

    @Override
    public String id() {
        return switch (strategy) {
            case AppendStrategy.TransactionPerAppend perAppend -> DurableAppendCell.PER_APPEND;
            case AppendStrategy.GroupCommit groupCommit -> DurableAppendCell.GROUP_COMMIT;
        };
    }

    @Override
    public boolean runsOn(SqlDialect dialect) {
        return true;
    }

    @Override
    public Cell open(DataSource dataSource, SqlDialect dialect) {
        AtomicLong commits = new AtomicLong();
        JdbcEventStore store = new JdbcEventStore(countingCommits(dataSource, commits), strategy);
        return new Cell() {
            @Override
            public void append(String stream, long version) {
                BenchmarkEvent event = BenchmarkEvent.next(stream, version);
                EventMetadata metadata = new EventMetadata(Optional.of(event.commandId()),
                        Optional.of(event.commandId()), Optional.of(event.commandId()),
                        Optional.of(BenchmarkEvent.ACTING_PLAYER));
                store.append(stream, ExpectedVersion.exactly(version - 1), List.of(new NewEvent(event.eventId(),
                        BenchmarkEvent.TYPE, 1, event.payload(), event.occurredAt(), metadata)));
            }

            @Override
            public long stored(String prefix) throws SQLException {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement select = connection.prepareStatement(
                             "SELECT count(*) FROM events WHERE stream_id LIKE ?")) {
                    select.setString(1, prefix + "%");
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            }

            @Override
            public long commits() {
                return commits.get();
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    /** The data source, with every {@code commit()} of its connections counted. */
    private static DataSource countingCommits(DataSource dataSource, AtomicLong commits) {
        return (DataSource) Proxy.newProxyInstance(StoreAppends.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return "getConnection".equals(method.getName()) ? countingCommits((Connection) result, commits)
                            : result;
                });
    }

    private static Connection countingCommits(Connection connection, AtomicLong commits) {
        return (Connection) Proxy.newProxyInstance(StoreAppends.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if ("commit".equals(method.getName())) {
                        commits.incrementAndGet();
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the SQLException itself, as the store expects it
        }
    }
}
