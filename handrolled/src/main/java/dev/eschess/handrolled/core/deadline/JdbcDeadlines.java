package dev.eschess.handrolled.core.deadline;

import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code deadlines} table. {@link #schedule} and {@link #cancel} write in the caller's transaction (a
 * projection's, so a deadline changes exactly when the event that changes it is applied). {@link #fireNextDue} claims
 * one due deadline with {@code FOR UPDATE SKIP LOCKED}, hands it to a handler and deletes it in the same transaction:
 * runners of other instances skip the locked row, so a deadline fires once however many run, and a crash before the
 * commit leaves it to fire again. An instance may serve only some kinds, so that the runners of one kind (the
 * computer's turns, which take a while) never hold up those of another (a flag falling).
 */
public final class JdbcDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDeadlines.class);

    /** The wait after a failed attempt, times the number of failed attempts. */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    /** The longest wait between two attempts. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

    /** How many due deadlines one claim looks at: more than the runners of all instances hold at once. */
    static final int CLAIM_CANDIDATES = 50;

    private final DataSource dataSource;
    private final List<String> kinds;

    /** The deadlines of every kind in the migrated schema behind {@code dataSource}. */
    public JdbcDeadlines(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.kinds = List.of();
    }

    /** The deadlines of these kinds only: {@link #fireNextDue} and {@link #nextAttemptAfter} ignore all others. */
    public JdbcDeadlines(DataSource dataSource, Set<String> kinds) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one kind, or use the constructor for every kind");
        }
        this.kinds = List.copyOf(new TreeSet<>(kinds));
    }

    /**
     * Sets the stream's deadline of this kind to {@code dueAt}, replacing one scheduled before, in the caller's
     * transaction. Waits while a runner is firing the old one, and inserts anew if that runner deleted it.
     */
    public static void schedule(Connection connection, String streamId, String kind, Instant dueAt)
            throws SQLException {
        OffsetDateTime due = timestamp(roundedUp(dueAt));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE deadlines SET deadline_id = ?, due_at = ?, attempt_at = ?, attempts = 0"
                        + " WHERE stream_id = ? AND kind = ?")) {
            update.setObject(1, UUID.randomUUID());
            update.setObject(2, due);
            update.setObject(3, due);
            update.setString(4, streamId);
            update.setString(5, kind);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO deadlines (stream_id, kind, deadline_id, due_at, attempt_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, streamId);
            insert.setString(2, kind);
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, due);
            insert.setObject(5, due);
            insert.executeUpdate();
        }
    }

    /** Removes the stream's deadline of this kind, if there is one, in the caller's transaction. */
    public static void cancel(Connection connection, String streamId, String kind) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM deadlines WHERE stream_id = ? AND kind = ?")) {
            delete.setString(1, streamId);
            delete.setString(2, kind);
            delete.executeUpdate();
        }
    }

    /** Removes every deadline of this kind, in the caller's transaction (before a projection's rebuild). */
    public static void cancelAll(Connection connection, String kind) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM deadlines WHERE kind = ?")) {
            delete.setString(1, kind);
            delete.executeUpdate();
        }
    }

    /** The stream's deadline of this kind, as committed now. */
    public Optional<Deadline> find(String streamId, String kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT stream_id, kind, deadline_id, due_at, attempts FROM deadlines"
                             + " WHERE stream_id = ? AND kind = ?")) {
            select.setString(1, streamId);
            select.setString(2, kind);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(deadline(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the deadline " + kind + " of " + streamId, e);
        }
    }

    // tag::cmp-deadlines[]
    /**
     * Claims the earliest deadline due at {@code now} that no other runner holds, fires it and deletes it, in one
     * transaction. A handler that throws leaves it for another attempt, later by {@link #RETRY_DELAY} per failed
     * attempt.
     *
     * @return whether a deadline was claimed
     */
    public boolean fireNextDue(Instant now, DeadlineHandler handler) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Deadline> claimed = claimNextDue(connection, now);
                if (claimed.isPresent()) {
                    fire(connection, claimed.get(), now, handler);
                }
                connection.commit();
                return claimed.isPresent();
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot fire the next due deadline", e);
        }
    }
    // end::cmp-deadlines[]

    /** The instant of the next attempt after {@code now}, if any deadline is scheduled after it. */
    public Optional<Instant> nextAttemptAfter(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT MIN(attempt_at) FROM deadlines WHERE attempt_at > ?" + kindFilter())) {
            select.setObject(1, timestamp(now));
            setKinds(select, 2);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the next deadline", e);
        }
    }

    /**
     * Two steps, so that only the claimed row is locked: the earliest due deadlines without a lock, then the first of
     * them that no other runner holds, locked with {@code SKIP LOCKED} (and still due: it may have been replaced since).
     * A single {@code ... ORDER BY ... FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED} locks only the row it returns on
     * PostgreSQL but every due row it reads on H2, where the runners of one instance would then take turns.
     */
    private Optional<Deadline> claimNextDue(Connection connection, Instant now) throws SQLException {
        List<Deadline> candidates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_id, kind, deadline_id, due_at, attempts FROM deadlines WHERE attempt_at <= ?"
                        + kindFilter() + " ORDER BY attempt_at FETCH FIRST " + CLAIM_CANDIDATES + " ROWS ONLY")) {
            select.setObject(1, timestamp(now));
            setKinds(select, 2);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(deadline(rows));
                }
            }
        }
        for (Deadline candidate : candidates) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT stream_id, kind, deadline_id, due_at, attempts FROM deadlines"
                            + " WHERE stream_id = ? AND kind = ? AND attempt_at <= ? FOR UPDATE SKIP LOCKED")) {
                lock.setString(1, candidate.streamId());
                lock.setString(2, candidate.kind());
                lock.setObject(3, timestamp(now));
                try (ResultSet rows = lock.executeQuery()) {
                    if (rows.next()) {
                        return Optional.of(deadline(rows));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code AND kind IN (?, ...)} for a runner of some kinds, nothing for one of every kind. */
    private String kindFilter() {
        return kinds.isEmpty() ? "" : " AND kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")";
    }

    private void setKinds(PreparedStatement statement, int firstIndex) throws SQLException {
        for (int i = 0; i < kinds.size(); i++) {
            statement.setString(firstIndex + i, kinds.get(i));
        }
    }

    private static void fire(Connection connection, Deadline deadline, Instant now, DeadlineHandler handler)
            throws SQLException {
        try {
            handler.fire(deadline, now);
        } catch (RuntimeException failure) {
            int attempts = deadline.attempts() + 1;
            Duration delay = RETRY_DELAY.multipliedBy(attempts);
            Duration wait = delay.compareTo(MAX_RETRY_DELAY) < 0 ? delay : MAX_RETRY_DELAY;
            LOG.warn("deadline {} of {} failed {} time(s); next attempt in {}", deadline.kind(), deadline.streamId(),
                    attempts, wait, failure);
            postpone(connection, deadline, now.plus(wait));
            return;
        }
        cancel(connection, deadline.streamId(), deadline.kind());
    }

    private static void postpone(Connection connection, Deadline deadline, Instant attemptAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE deadlines SET attempt_at = ?, attempts = attempts + 1 WHERE stream_id = ? AND kind = ?")) {
            update.setObject(1, timestamp(roundedUp(attemptAt)));
            update.setString(2, deadline.streamId());
            update.setString(3, deadline.kind());
            update.executeUpdate();
        }
    }

    private static Deadline deadline(ResultSet rows) throws SQLException {
        return new Deadline(rows.getString(1), rows.getString(2), rows.getObject(3, UUID.class),
                rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getInt(5));
    }

    /** Up to the next whole millisecond: what the database keeps is never earlier than what was asked for. */
    private static Instant roundedUp(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return millis.equals(instant) ? millis : millis.plusMillis(1);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
