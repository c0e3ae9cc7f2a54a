package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AppendStrategy.GroupCommit}: one batch of appends is written at a time, by one thread. A caller that finds
 * nobody writing writes the next batch itself, its own append among it; the appends handed in meanwhile wait, and are
 * written together by the store's writer thread, up to the batch limit per transaction. A batch's transaction locks
 * the log head once, moves it once and commits once, so the batch shares one lock and one wait for the disk (ADR 0065).
 * The appends are written in the order they were handed in, each one seeing those before it; callers return only
 * after the commit: an acknowledged append is durable, and a crash loses only appends nobody was told about.
 *
 * <p>An append that fails takes back only itself. A version conflict is found before anything is written: the versions
 * of the batch's streams are read in one statement and carried forward in memory. The batch's events go in as one
 * batch of inserts, then each participant and the probe run. If a participant or the probe throws, the transaction is
 * rolled back, that append's caller gets the exception and the writer tries again without it; if a statement fails (an
 * insert of a repeated event id, or one that meets a writer who bypassed the log head), the batch is written again one
 * append at a time, each inside a savepoint of its own, which shows whose it was. Either way the appends after a failed
 * one take the positions it gave back, and a participant may run once more in the transaction that finally commits.
 */
final class GroupCommitter implements Appender {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    /** How long the writer thread waits for work before it ends; the next append starts a new one. */
    private static final long IDLE_SECONDS = 10;

    private final DataSource dataSource;
    private final LogWriter log;
    private final int maxAppendsPerBatch;
    private final BlockingQueue<HandedIn> handedIn = new LinkedBlockingQueue<>();
    /** Whether someone is writing what was handed in: a caller, or the writer thread. */
    private final AtomicBoolean emptying = new AtomicBoolean();
    private final ThreadPoolExecutor writer;
    private volatile boolean closed;

    GroupCommitter(DataSource dataSource, LogWriter log, int maxAppendsPerBatch) {
        this.dataSource = dataSource;
        this.log = log;
        this.maxAppendsPerBatch = maxAppendsPerBatch;
        this.writer = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> Thread.ofPlatform().daemon().name("event-store-group-commit").unstarted(task));
        // Stores that nobody closes (tests make many) keep no thread once they are idle.
        writer.allowCoreThreadTimeOut(true);
    }

    @Override
    public AppendResult append(AppendRequest request) {
        if (closed) {
            throw new IllegalStateException("the event store is closed");
        }
        HandedIn append = new HandedIn(request);
        handedIn.add(append);
        if (emptying.compareAndSet(false, true)) {
            // Nobody is writing: this caller writes the next batch, its own append among it, on its own thread. One
            // writer at a time pays no hand-over between threads; under load the writer thread takes over.
            writeOneBatchThenHandOver();
        }
        return append.outcome();
    }

    /** Writes one batch on the caller's thread and leaves what was handed in meanwhile to the writer thread. */
    private void writeOneBatchThenHandOver() {
        try {
            List<HandedIn> batch = new ArrayList<>(maxAppendsPerBatch);
            handedIn.drainTo(batch, maxAppendsPerBatch);
            if (!batch.isEmpty()) {
                write(List.copyOf(batch));
            }
        } finally {
            emptying.set(false);
        }
        if (!handedIn.isEmpty() && emptying.compareAndSet(false, true)) {
            try {
                writer.execute(this::writeWhileHandedIn);
            } catch (RejectedExecutionException closing) {
                writeWhileHandedIn(); // the store is closing: what was handed in before is still written
            }
        }
    }

    /**
     * Writes batches of what was handed in until nothing is left, then lets go of {@link #emptying}; an append handed
     * in just after the last look finds the flag free, or is seen by the look after letting go.
     */
    private void writeWhileHandedIn() {
        do {
            try {
                List<HandedIn> batch = new ArrayList<>(maxAppendsPerBatch);
                while (handedIn.drainTo(batch, maxAppendsPerBatch) > 0) {
                    write(List.copyOf(batch));
                    batch.clear();
                }
            } finally {
                emptying.set(false);
            }
        } while (!handedIn.isEmpty() && emptying.compareAndSet(false, true));
    }

    /** Writes one batch and tells every caller in it what became of its append; never throws. */
    private void write(List<HandedIn> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writeAndCommit(connection, batch);
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException | Error e) {
            EventStoreException failure = new EventStoreException(
                    "a batch of " + batch.size() + " appends failed and was rolled back", e);
            if (batch.stream().anyMatch(HandedIn::isWritten)) {
                LOG.warn("a batch of {} appends committed, but its connection failed afterwards", batch.size(), e);
            }
            batch.forEach(append -> append.failUnlessDecided(failure));
        }
        batch.forEach(HandedIn::complete);
    }

    /** Commits the batch without the appends that fail; each append ends written or refused. */
    private void writeAndCommit(Connection connection, List<HandedIn> batch) throws SQLException {
        List<HandedIn> remaining = new ArrayList<>(batch);
        while (!remaining.isEmpty()) {
            switch (writeTogether(connection, remaining)) {
                case Attempt.Committed committed -> {
                    return;
                }
                case Attempt.Refused refused -> {
                    refused.append().refused(refused.reason());
                    remaining.remove(refused.append());
                }
                case Attempt.StatementFailed statementFailed -> {
                    writeOneByOne(connection, remaining);
                    return;
                }
            }
        }
    }

    /** How one attempt at writing the batch together ended; the transaction is over in every case. */
    private sealed interface Attempt {
        /** Committed, or rolled back because every append was a version conflict; every append is decided. */
        record Committed() implements Attempt {
        }

        /** Rolled back: the participant or the probe of {@code append} threw {@code reason}. */
        record Refused(HandedIn append, RuntimeException reason) implements Attempt {
        }

        /** Rolled back: the database refused a statement; for which append, only one append at a time can tell. */
        record StatementFailed() implements Attempt {
        }
    }

    /** One transaction for all the appends, with a statement for each step rather than for each append. */
    private Attempt writeTogether(Connection connection, List<HandedIn> appends) throws SQLException {
        long head = log.lockLogHead(connection);
        Map<String, Long> versions = LogWriter.streamVersions(connection,
                appends.stream().map(append -> append.request.streamId()).collect(Collectors.toSet()));
        Map<HandedIn, List<StoredEvent>> placed = new LinkedHashMap<>();
        Map<HandedIn, ExpectedVersionConflict> conflicts = new LinkedHashMap<>();
        for (HandedIn append : appends) {
            try {
                List<StoredEvent> events = LogWriter.place(append.request, versions.get(append.request.streamId()),
                        head);
                placed.put(append, events);
                versions.put(append.request.streamId(), events.getLast().version());
                head = events.getLast().position();
            } catch (ExpectedVersionConflict conflict) {
                conflicts.put(append, conflict);
            }
        }
        if (placed.isEmpty()) {
            connection.rollback(); // every append was a conflict: nothing to wait for the disk for
        } else {
            try {
                log.insert(connection, placed.values().stream().flatMap(List::stream).toList());
                for (Map.Entry<HandedIn, List<StoredEvent>> append : placed.entrySet()) {
                    try {
                        log.takePart(connection, append.getKey().request, append.getValue());
                    } catch (RuntimeException e) {
                        connection.rollback();
                        return new Attempt.Refused(append.getKey(), e);
                    }
                }
                // Fails too if a participant swallowed the failure of its own statement (PostgreSQL then refuses all).
                log.moveLogHead(connection, head);
            } catch (SQLException e) {
                connection.rollback(); // the savepoints of writeOneByOne will meet it again, and tell whose it is
                return new Attempt.StatementFailed();
            }
            connection.commit();
        }
        placed.forEach((append, events) -> append.written(events.getLast()));
        conflicts.forEach(HandedIn::refused);
        return new Attempt.Committed();
    }

    /** One transaction for all the appends, each inside a savepoint: a failed statement takes back only its append. */
    private void writeOneByOne(Connection connection, List<HandedIn> appends) throws SQLException {
        long start = log.lockLogHead(connection);
        long head = start;
        Map<HandedIn, StoredEvent> written = new LinkedHashMap<>();
        for (HandedIn append : appends) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                List<StoredEvent> events = log.write(connection, head, append.request);
                connection.releaseSavepoint(savepoint);
                written.put(append, events.getLast());
                head = events.getLast().position();
            } catch (SQLException e) {
                connection.rollback(savepoint);
                append.refused(log.refusal(e, append.request, connection));
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                append.refused(e);
            }
        }
        if (head == start) {
            connection.rollback();
            return;
        }
        log.moveLogHead(connection, head);
        connection.commit();
        written.forEach(HandedIn::written);
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        writer.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
            // A caller may still be writing a batch on its own thread.
            while ((emptying.get() || !handedIn.isEmpty()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (emptying.get() || !handedIn.isEmpty()) {
            LOG.warn("the group committer did not finish the appends handed in within 30 s");
        }
    }

    /**
     * An append handed in, and what became of it. The writer thread records the outcome, written only once committed,
     * and completes the future after the batch has ended, which is when the caller may learn it.
     */
    private static final class HandedIn {
        private final AppendRequest request;
        private final CompletableFuture<AppendResult> future = new CompletableFuture<>();
        private Optional<AppendResult> result = Optional.empty();
        private Optional<RuntimeException> refusal = Optional.empty();

        HandedIn(AppendRequest request) {
            this.request = request;
        }

        void written(StoredEvent last) {
            result = Optional.of(new AppendResult(last.version(), last.position()));
        }

        void refused(RuntimeException reason) {
            refusal = Optional.of(reason);
        }

        boolean isWritten() {
            return result.isPresent();
        }

        /** The batch failed: an append neither committed nor refused fails with it. */
        void failUnlessDecided(RuntimeException failure) {
            if (result.isEmpty() && refusal.isEmpty()) {
                refusal = Optional.of(failure);
            }
        }

        void complete() {
            result.ifPresentOrElse(future::complete, () -> future.completeExceptionally(refusal.orElseThrow()));
        }

        /** Waits for the batch, without giving up on an interrupt: the append may be committing. */
        AppendResult outcome() {
            try {
                return future.join();
            } catch (CompletionException e) {
                // Rethrown as it was raised: callers (and the contract) expect the participant's own exception.
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
    }
}
