package dev.eschess.handrolled.core.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Work that commits or rolls back with one append, passed to {@link EventStore#append(String, ExpectedVersion, List,
 * AppendParticipant)} (ADR 0060). A store calls it inside the append, after the events have their versions and
 * positions and are written, just before the append becomes visible; throwing aborts the append and nothing is
 * stored. Unlike a {@link CommitProbe}, which a test gives the store once, a participant belongs to one append.
 *
 * <p>The JDBC store passes the connection of its transaction, so the participant's rows commit with the events.
 * Under group commit (ADR 0065) that transaction writes other appends too; when one of them fails, the transaction is
 * rolled back and written again without it, and the participant runs again: it must only work on the connection,
 * whose earlier work was rolled back with the rest. The in-memory store has no transaction for anyone to join: it
 * passes no connection, and only the all-or-nothing of the events themselves holds (what the participant did elsewhere
 * is its own to undo).
 */
@FunctionalInterface
public interface AppendParticipant {

    /** Takes no part. */
    AppendParticipant NONE = (connection, appended) -> { };

    /**
     * Runs just before the append commits.
     *
     * @param connection the connection of the append's transaction, if the store has one: use it, but do not commit,
     *                   roll back or close it
     * @param appended   the events about to be committed, with their versions and positions
     * @throws SQLException when one of its statements fails; the append is then rolled back
     */
    void beforeCommit(Optional<Connection> connection, List<StoredEvent> appended) throws SQLException;
}
