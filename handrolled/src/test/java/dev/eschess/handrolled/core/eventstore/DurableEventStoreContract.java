package dev.eschess.handrolled.core.eventstore;

import static dev.eschess.handrolled.support.TestEvents.event;
import static dev.eschess.handrolled.support.TestEvents.events;
import static dev.eschess.handrolled.support.TestEvents.newStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The conformance cases that only a database-backed store can pass: durability and the unique key. */
abstract class DurableEventStoreContract extends EventStoreContract {

    /** Storage that can be closed and opened again, holding its data in between. */
    interface ReopenableStorage extends AutoCloseable {
        EventStore store();

        /** Closes the storage completely (pool, and the server where there is one) and opens it again. */
        EventStore reopen() throws Exception;

        @Override
        void close() throws Exception;
    }

    /** The data source under {@link #store()}. */
    protected abstract DataSource dataSource();

    /** New storage of this backend's kind that can be closed and reopened. */
    protected abstract ReopenableStorage openReopenableStorage() throws Exception;

    // ------------------------------------------------------------------ participants (ADR 0060)

    @Test
    void aParticipantsRowCommitsWithTheEventsOnTheAppendsConnection() throws Exception {
        String stream = newStreamBesideParticipantRows();

        store().append(stream, ExpectedVersion.noStream(), events("created", 1),
                (connection, appended) -> insertParticipantRow(connection.orElseThrow(), stream, appended));

        assertThat(store().streamVersion(stream)).isEqualTo(1);
        assertThat(participantRowVersion(stream)).contains(1L);
    }

    @Test
    void aParticipantThatFailsAfterWritingLeavesNeitherItsRowNorTheEvents() throws Exception {
        String stream = newStreamBesideParticipantRows();

        assertThatThrownBy(() -> store().append(stream, ExpectedVersion.noStream(), events("created", 1),
                (connection, appended) -> {
                    insertParticipantRow(connection.orElseThrow(), stream, appended);
                    throw new IllegalStateException("failed after its row was written");
                })).isInstanceOf(IllegalStateException.class);

        assertThat(store().readStream(stream)).isEmpty();
        assertThat(participantRowVersion(stream)).isEmpty();
    }

    @Test
    void aParticipantWhoseStatementViolatesAKeyFailsTheAppendWithoutPassingForAVersionConflict() throws Exception {
        String stream = newStreamBesideParticipantRows();
        try (Connection connection = dataSource().getConnection()) {
            insertParticipantRow(connection, stream, List.of());
        }

        assertThatThrownBy(() -> store().append(stream, ExpectedVersion.noStream(), events("created", 1),
                (connection, appended) -> insertParticipantRow(connection.orElseThrow(), stream, appended)))
                .isInstanceOf(EventStoreException.class)
                .hasCauseInstanceOf(SQLException.class);

        assertThat(store().readStream(stream)).isEmpty();
        assertThat(participantRowVersion(stream)).contains(0L);
    }

    /** A fresh stream beside a table of participant rows (made here: H2 would commit DDL inside an append). */
    private String newStreamBesideParticipantRows() throws SQLException {
        try (Connection connection = dataSource().getConnection();
             Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS participant_rows "
                    + "(stream_id VARCHAR(100) PRIMARY KEY, stream_version BIGINT NOT NULL)");
        }
        return newStream();
    }

    /** A row of a table beside the events, keyed by stream, as a participant writes it. */
    private static void insertParticipantRow(Connection connection, String stream, List<StoredEvent> appended)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO participant_rows (stream_id, stream_version) VALUES (?, ?)")) {
            insert.setString(1, stream);
            insert.setLong(2, appended.isEmpty() ? 0 : appended.getLast().version());
            insert.executeUpdate();
        }
    }

    private Optional<Long> participantRowVersion(String stream) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT stream_version FROM participant_rows WHERE stream_id = ?")) {
            select.setString(1, stream);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    // ------------------------------------------------------------------ durability and the unique key

    @Test
    void eventsSurviveClosingAndReopeningTheStore() throws Exception {
        try (ReopenableStorage storage = openReopenableStorage()) {
            String stream = newStream();
            List<NewEvent> written = events("durable", 3);
            storage.store().append(stream, ExpectedVersion.noStream(), written);

            EventStore reopened = storage.reopen();

            assertThat(reopened.readStream(stream)).extracting(StoredEvent::eventId)
                    .containsExactlyElementsOf(written.stream().map(NewEvent::eventId).toList());
            assertThat(reopened.headPosition()).isEqualTo(3);
            assertThat(reopened.append(stream, ExpectedVersion.exactly(3), events("more", 1)).lastPosition())
                    .isEqualTo(4);
        }
    }

    @Test
    void theUniqueKeyOnStreamAndVersionRefusesAWriterThatBypassedTheVersionCheck() throws Exception {
        String stream = newStream();
        store().append(stream, ExpectedVersion.noStream(), events("first", 1));
        long bypassPosition = 1_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF);
        try (Connection rogue = dataSource().getConnection()) {
            rogue.setAutoCommit(false);
            try (PreparedStatement insert = rogue.prepareStatement("INSERT INTO events (global_position, event_id,"
                    + " stream_id, stream_version, event_type, schema_version, payload, occurred_at)"
                    + " VALUES (?, ?, ?, 2, 'SomethingHappened', 1, " + SqlDialect.of(dataSource()).jsonParameter() + ", ?)")) {
                insert.setLong(1, bypassPosition);
                insert.setObject(2, UUID.randomUUID());
                insert.setString(3, stream);
                insert.setString(4, "{\"label\":\"rogue\"}");
                insert.setObject(5, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            // The store sees version 1 (the rogue row is not committed), so its own check passes.
            CompletableFuture<AppendResult> append = CompletableFuture.supplyAsync(
                    () -> store().append(stream, ExpectedVersion.exactly(1), List.of(event("honest"))));
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(append).as("the append waits on the rogue's uncommitted key").isNotDone();
            rogue.commit();

            assertThatThrownBy(() -> append.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ExpectedVersionConflict.class);
            assertThat(store().readStream(stream)).extracting(StoredEvent::payload)
                    .containsExactly("{\"label\":\"first-1\"}", "{\"label\":\"rogue\"}");
        } finally {
            try (Connection cleanup = dataSource().getConnection();
                 PreparedStatement delete = cleanup.prepareStatement("DELETE FROM events WHERE global_position = ?")) {
                delete.setLong(1, bypassPosition);
                delete.executeUpdate();
            }
        }
    }
}
