package dev.eschess.web.port;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A write of the web module that must commit or roll back together with a command's events, such as the seat of
 * a created or joined game (ADR 0060). The engine runs it inside the transaction that appends the events, after they
 * are written and before that transaction commits.
 */
@FunctionalInterface
public interface WriteWithEvents {

    /** Writes nothing. */
    WriteWithEvents NOTHING = (connection, appended) -> { };

    /**
     * Writes on the append's connection; throwing rolls the events back with it.
     *
     * @param connection the connection of the append's transaction: use it, do not commit, roll back or close it
     * @param appended   the events being appended, with the versions they will have, in order; never empty
     * @throws SQLException when a statement fails; the command then stores nothing and the engine throws
     */
    void write(Connection connection, List<RecordedGameEvent> appended) throws SQLException;
}
