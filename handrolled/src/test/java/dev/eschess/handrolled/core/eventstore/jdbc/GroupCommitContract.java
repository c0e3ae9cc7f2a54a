package dev.eschess.handrolled.core.eventstore.jdbc;

import static dev.eschess.handrolled.support.TestEvents.event;
import static dev.eschess.handrolled.support.TestEvents.events;
import static dev.eschess.handrolled.support.TestEvents.newStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.DuplicateEventId;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cases of {@link GroupCommitTest}, written once for both databases. Each case first gives the writer an append
 * whose participant waits until the case releases it ({@link #holdWriter}); the appends handed in meanwhile gather and
 * are written together in the next batch, in the order they were handed in ({@link #handIn} returns only once its
 * caller waits for its outcome).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GroupCommitContract {

    static final AppendStrategy.GroupCommit GROUP_COMMIT = new AppendStrategy.GroupCommit(32);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HikariDataSource dataSource;

    /** A new, empty database. */
    abstract HikariDataSource newDatabase();

    final HikariDataSource dataSource() {
        return dataSource;
    }

    @BeforeAll
    final void open() throws SQLException {
        dataSource = newDatabase();
        SchemaMigrations.migrate(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE participant_rows (stream_id VARCHAR(100) PRIMARY KEY)");
        }
    }

    @AfterAll
    final void close() {
        threads.shutdownNow();
        dataSource.close();
    }

    @Test
    void appendsHandedInWhileABatchIsWrittenCommitTogetherInTheNextTransaction() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            String first = newStream();
            Visibility seenBySecond = new Visibility();
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1)));
            Future<AppendResult> b = handIn(() -> store.append(newStream(), ExpectedVersion.noStream(),
                    events("b", 1), seenBySecond.of(store, first)));
            held.release();

            assertThat(outcome(a).lastPosition()).isEqualTo(held.lastPosition() + 1);
            assertThat(outcome(b).lastPosition()).isEqualTo(held.lastPosition() + 2);
            assertThat(seenBySecond.onOwnConnection).as("the first append, on the second's connection").isEqualTo(1);
            assertThat(seenBySecond.committed).as("the first append, committed while the second ran").isZero();
        }
    }

    @Test
    void aBatchTakesNoMoreAppendsThanItsLimit() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, new AppendStrategy.GroupCommit(2))) {
            String first = newStream();
            Visibility seenBySecond = new Visibility();
            Visibility seenByThird = new Visibility();
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1)));
            Future<AppendResult> b = handIn(() -> store.append(newStream(), ExpectedVersion.noStream(),
                    events("b", 1), seenBySecond.of(store, first)));
            Future<AppendResult> c = handIn(() -> store.append(newStream(), ExpectedVersion.noStream(),
                    events("c", 1), seenByThird.of(store, first)));
            held.release();

            assertThat(List.of(outcome(a), outcome(b), outcome(c))).extracting(AppendResult::lastPosition)
                    .containsExactly(held.lastPosition() + 1, held.lastPosition() + 2, held.lastPosition() + 3);
            assertThat(seenBySecond.committed).as("the second shares the first's transaction").isZero();
            assertThat(seenByThird.committed).as("the third comes in the next transaction").isEqualTo(1);
        }
    }

    @Test
    void anAppendThatConflictsInABatchRollsBackAloneAndTheNextTakesItsPositions() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            String first = newStream();
            String existing = newStream();
            String third = newStream();
            store.append(existing, ExpectedVersion.noStream(), events("existing", 1));
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 2)));
            Future<AppendResult> b = handIn(() -> store.append(existing, ExpectedVersion.noStream(), events("b", 1)));
            Future<AppendResult> c = handIn(() -> store.append(third, ExpectedVersion.noStream(), events("c", 1)));
            held.release();

            assertThat(outcome(a).lastPosition()).isEqualTo(held.lastPosition() + 2);
            assertThatThrownBy(() -> outcome(b)).isInstanceOfSatisfying(ExpectedVersionConflict.class,
                    conflict -> assertThat(conflict.actualVersion()).isEqualTo(1));
            assertThat(outcome(c).lastPosition()).isEqualTo(held.lastPosition() + 3);
            assertThat(store.readAll(held.lastPosition() + 1, 10)).extracting(StoredEvent::streamId)
                    .containsExactly(first, first, third);
            assertThat(store.readStream(existing)).hasSize(1);
        }
    }

    @Test
    void anAppendRepeatingAStoredEventIdInABatchFailsAloneAndTheOthersCommit() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            NewEvent stored = event("stored");
            store.append(newStream(), ExpectedVersion.noStream(), List.of(stored));
            String first = newStream();
            String repeating = newStream();
            String third = newStream();
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1)));
            Future<AppendResult> b = handIn(() -> store.append(repeating, ExpectedVersion.noStream(),
                    List.of(event("b"), stored)));
            Future<AppendResult> c = handIn(() -> store.append(third, ExpectedVersion.noStream(), events("c", 1)));
            held.release();

            assertThatThrownBy(() -> outcome(b)).isInstanceOfSatisfying(DuplicateEventId.class,
                    duplicate -> assertThat(duplicate.eventId()).isEqualTo(stored.eventId()));
            assertThat(List.of(outcome(a), outcome(c))).extracting(AppendResult::lastPosition)
                    .containsExactly(held.lastPosition() + 1, held.lastPosition() + 2);
            assertThat(store.readStream(repeating)).isEmpty();
        }
    }

    @Test
    void aParticipantThatFailsInABatchTakesBackOnlyItsOwnAppendAndRows() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            String first = newStream();
            String failing = newStream();
            String third = newStream();
            IllegalStateException refusal = new IllegalStateException("the seat cannot be stored");
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1),
                    GroupCommitContract::insertParticipantRow));
            Future<AppendResult> b = handIn(() -> store.append(failing, ExpectedVersion.noStream(), events("b", 1),
                    (connection, appended) -> {
                        insertParticipantRow(connection, appended);
                        throw refusal;
                    }));
            Future<AppendResult> c = handIn(() -> store.append(third, ExpectedVersion.noStream(), events("c", 1),
                    GroupCommitContract::insertParticipantRow));
            held.release();

            assertThatThrownBy(() -> outcome(b)).isSameAs(refusal);
            assertThat(List.of(outcome(a), outcome(c))).extracting(AppendResult::lastPosition)
                    .containsExactly(held.lastPosition() + 1, held.lastPosition() + 2);
            assertThat(store.readStream(failing)).isEmpty();
            assertThat(participantRows(first, failing, third)).containsExactlyInAnyOrder(first, third);
        }
    }

    @Test
    void anAppendSeesTheAppendsBeforeItInItsBatchWhenItChecksItsStreamsVersion() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            String stream = newStream();
            HeldWriter held = holdWriter(store);
            Future<AppendResult> create = handIn(() -> store.append(stream, ExpectedVersion.noStream(),
                    events("created", 1)));
            Future<AppendResult> next = handIn(() -> store.append(stream, ExpectedVersion.exactly(1),
                    events("next", 1)));
            Future<AppendResult> late = handIn(() -> store.append(stream, ExpectedVersion.noStream(),
                    events("late", 1)));
            held.release();

            assertThat(outcome(create).streamVersion()).isEqualTo(1);
            assertThat(outcome(next).streamVersion()).isEqualTo(2);
            assertThatThrownBy(() -> outcome(late)).isInstanceOfSatisfying(ExpectedVersionConflict.class,
                    conflict -> assertThat(conflict.actualVersion()).isEqualTo(2));
            assertThat(store.readStream(stream)).extracting(StoredEvent::payload)
                    .containsExactly("{\"label\":\"created-1\"}", "{\"label\":\"next-1\"}");
        }
    }

    @Test
    void whenTheBatchsConnectionFailsEveryAppendInItFailsAndNoneIsStored() throws Exception {
        try (JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT)) {
            String first = newStream();
            String second = newStream();
            HeldWriter held = holdWriter(store);
            Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1)));
            // Closing the connection it was lent stands for a connection lost in the middle of the batch.
            Future<AppendResult> b = handIn(() -> store.append(second, ExpectedVersion.noStream(), events("b", 1),
                    (connection, appended) -> connection.orElseThrow().close()));
            held.release();

            assertThatThrownBy(() -> outcome(a)).isInstanceOf(EventStoreException.class);
            assertThatThrownBy(() -> outcome(b)).isInstanceOf(EventStoreException.class);
            assertThat(store.readStream(first)).isEmpty();
            assertThat(store.readStream(second)).isEmpty();
            assertThat(store.headPosition()).isEqualTo(held.lastPosition());
            assertThat(store.append(first, ExpectedVersion.noStream(), events("again", 1)).lastPosition())
                    .isEqualTo(held.lastPosition() + 1);
        }
    }

    @Test
    void aClosedStoreFinishesTheAppendsHandedInAndRefusesNewOnes() throws Exception {
        JdbcEventStore store = new JdbcEventStore(dataSource, GROUP_COMMIT);
        String stream = newStream();
        HeldWriter held = holdWriter(store);
        Future<AppendResult> a = handIn(() -> store.append(stream, ExpectedVersion.noStream(), events("a", 1)));
        Future<?> closing = threads.submit(store::close);
        held.release();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(outcome(a).lastPosition()).isEqualTo(held.lastPosition() + 1);
        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), events("b", 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.streamVersion(stream)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    /** An append the writer is busy with until {@link #release()}. */
    final class HeldWriter {
        private final CountDownLatch released = new CountDownLatch(1);
        private final CompletableFuture<Future<AppendResult>> append = new CompletableFuture<>();

        void release() {
            released.countDown();
        }

        /** The position of the held append's event, once released. */
        long lastPosition() throws Exception {
            return outcome(append.get()).lastPosition();
        }
    }

    /** Starts an append whose participant waits until released, and returns once the writer is inside it. */
    final HeldWriter holdWriter(JdbcEventStore store) throws InterruptedException {
        HeldWriter held = new HeldWriter();
        CountDownLatch inside = new CountDownLatch(1);
        held.append.complete(threads.submit(() -> store.append(newStream(), ExpectedVersion.noStream(),
                events("held", 1), (connection, appended) -> {
                    inside.countDown();
                    awaitOrFail(held.released);
                })));
        assertThat(inside.await(10, TimeUnit.SECONDS)).as("the writer took the held append").isTrue();
        return held;
    }

    /** Runs {@code append} on a thread of its own and returns once that thread waits for the outcome. */
    final <T> Future<T> handIn(Callable<T> append) throws Exception {
        CompletableFuture<Thread> caller = new CompletableFuture<>();
        Future<T> outcome = threads.submit(() -> {
            caller.complete(Thread.currentThread());
            return append.call();
        });
        Thread thread = caller.get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // Parked: handed in and waiting for its batch (the writer is held, so nothing else can park it).
        while (thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the append was not handed in within 10 s");
            }
            Thread.onSpinWait();
        }
        return outcome;
    }

    /** The append's result, or what it threw, as the caller saw it. */
    static AppendResult outcome(Future<AppendResult> append) throws Exception {
        try {
            return append.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a participant saw of another stream: on its own connection, and committed (through the store). */
    private static final class Visibility {
        volatile int onOwnConnection = -1;
        volatile int committed = -1;

        AppendParticipant of(JdbcEventStore store, String stream) {
            return (connection, appended) -> {
                onOwnConnection = countEvents(connection.orElseThrow(), stream);
                committed = store.readStream(stream).size();
            };
        }
    }

    private static int countEvents(Connection connection, String stream) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM events WHERE stream_id = ?")) {
            select.setString(1, stream);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void insertParticipantRow(Optional<Connection> connection, List<StoredEvent> appended)
            throws SQLException {
        try (PreparedStatement insert = connection.orElseThrow().prepareStatement(
                "INSERT INTO participant_rows (stream_id) VALUES (?)")) {
            insert.setString(1, appended.getFirst().streamId());
            insert.executeUpdate();
        }
    }

    private List<String> participantRows(String first, String second, String third) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT stream_id FROM participant_rows WHERE stream_id IN (?, ?, ?)")) {
            select.setString(1, first);
            select.setString(2, second);
            select.setString(3, third);
            try (ResultSet rows = select.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }
}
