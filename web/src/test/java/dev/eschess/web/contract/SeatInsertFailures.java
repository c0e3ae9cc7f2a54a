package dev.eschess.web.contract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database that refuses seats on demand, for the contract's atomic-seat cases (ADR 0060). This test-only
 * post-processor wraps the application's data source: while {@linkplain #arm() armed}, every
 * {@code INSERT INTO web_seats} fails when executed, after noting the game it was for; every other statement, and
 * every statement while disarmed, reaches the database untouched. The failure thus falls exactly between the two
 * writes of a create or join: the command's events are written, its seat is not. No production code has a seam for
 * this; the variants see an ordinary {@link SQLException} from their connection.
 */
public final class SeatInsertFailures implements BeanPostProcessor {

    private final List<String> refusedGames = new CopyOnWriteArrayList<>();
    private volatile boolean armed;

    /** From now on every seat insert fails; forgets the games refused before. */
    public void arm() {
        refusedGames.clear();
        armed = true;
    }

    /** Seat inserts reach the database again. */
    public void disarm() {
        armed = false;
    }

    /** The games whose seat inserts were refused since {@link #arm()}, in order. */
    public List<String> refusedGames() {
        return List.copyOf(refusedGames);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? new Refusing(dataSource) : bean;
    }

    /** The application's data source with connections that can refuse seat inserts; closing closes the pool. */
    private final class Refusing extends DelegatingDataSource implements AutoCloseable {

        Refusing(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return refusing(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return refusing(obtainTargetDataSource().getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }

    private Connection refusing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    // Spring's transaction code compares the connections it handed out by identity.
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "prepareStatement" -> armed && isSeatInsert((String) arguments[0])
                            ? refusedSeatInsert() : forward(connection, method, arguments);
                    default -> forward(connection, method, arguments);
                });
    }

    private static boolean isSeatInsert(String sql) {
        return sql.strip().toLowerCase(Locale.ROOT).startsWith("insert into web_seats");
    }

    /** A statement that notes the game (the first parameter, as {@code SeatStore} binds it) and fails to execute. */
    private PreparedStatement refusedSeatInsert() {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    String name = method.getName();
                    if (name.equals("setString") && (int) arguments[0] == 1) {
                        refusedGames.add((String) arguments[1]);
                    }
                    if (name.startsWith("execute")) {
                        throw new SQLException("the test refuses every seat insert");
                    }
                    return switch (name) {
                        case "equals" -> proxy == arguments[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "toString" -> "a refused seat insert";
                        case "close" -> null;
                        default -> {
                            if (name.startsWith("set")) {
                                yield null;
                            }
                            throw new UnsupportedOperationException(name + " on a refused seat insert");
                        }
                    };
                });
    }

    private static Object forward(Connection connection, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
