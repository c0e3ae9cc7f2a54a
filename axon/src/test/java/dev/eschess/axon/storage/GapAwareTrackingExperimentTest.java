package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.axon.support.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gap-safety experiment of ADR 0011, run against Axon's JDBC storage engine and its gap-aware tracking token on
 * durable embedded PostgreSQL, in the table and with the exception resolver of this application (ADR 0020, 0065).
 * The engine numbers events from an identity column, so a transaction that commits late leaves a gap that readers
 * see first; the token remembers such gaps and reads them again. Whether an event is lost depends on how long its
 * transaction stays open compared with the engine's gap timeout (60 s by default, here 1 s so that a test waits
 * seconds), on how many gaps the token holds (it cleans them only above {@code gapCleaningThreshold}, 250 by
 * default) and on how far behind the reader is. Every case writes events of its own and reads only those.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapAwareTrackingExperimentTest {

    private static final int DEFAULT_GAP_TIMEOUT_MS = 60_000;
    private static final int DEFAULT_GAP_CLEANING_THRESHOLD = 250;
    private static final int SHORT_GAP_TIMEOUT_MS = 1_000;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HikariDataSource dataSource;
    private TransactionTemplate transactions;
    private SpringTransactionManager axonTransactions;

    @BeforeAll
    void open() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SharedPostgres.jdbcUrl("axon_gap_experiment"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(12);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql").load().migrate();
        DataSourceTransactionManager springTransactions = new DataSourceTransactionManager(dataSource);
        transactions = new TransactionTemplate(springTransactions);
        axonTransactions = new SpringTransactionManager(springTransactions);
    }

    @AfterAll
    void close() {
        threads.shutdownNow();
        dataSource.close();
    }

    // ------------------------------------------------------------------ the experiment of ADR 0011

    @Test
    void givenWritersHoldingOpenAndRollingBack_whenATrackerTailsWithAGapAwareToken_thenItGetsEveryCommittedEventOnce()
            throws Exception {
        JdbcEventStorageEngine engine = engine(DEFAULT_GAP_TIMEOUT_MS, DEFAULT_GAP_CLEANING_THRESHOLD);
        TrackingToken start = engine.createHeadToken();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Set<String> rolledBack = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);

        Future<Tail> tail = threads.submit(() -> tailInBatchesOfSeven(engine, start, writing));
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            long seed = 42L + w;
            writers.add(threads.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 30; i++) {
                    appendHeldOpenAndSometimesRolledBack(engine, 1 + random.nextInt(3), committed, rolledBack);
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        Tail received = tail.get(60, TimeUnit.SECONDS);

        assertThat(received.ids()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(rolledBack)
                .containsExactlyInAnyOrderElementsOf(committed);
        assertThat(rolledBack).as("some appends rolled back").isNotEmpty();
        System.out.printf("Axon JDBC engine, gap-aware token (gap timeout %d s, cleaning above %d gaps): %d committed "
                        + "events received once, %d rolled-back never seen, %d received after an event with a higher "
                        + "global index, at most %d gaps in the token%n", DEFAULT_GAP_TIMEOUT_MS / 1000,
                DEFAULT_GAP_CLEANING_THRESHOLD, committed.size(), rolledBack.size(), received.outOfIndexOrder(),
                received.mostGaps());
    }

    // ------------------------------------------------------------------ a transaction open longer than the gap timeout

    @Test
    void givenATransactionOpenLongerThanTheGapTimeout_whenItCommitsWhileTheTokenHasFewGaps_thenAProcessorStillGetsIt()
            throws Exception {
        JdbcEventStorageEngine engine = engine(SHORT_GAP_TIMEOUT_MS, DEFAULT_GAP_CLEANING_THRESHOLD);
        try (Processor processor = Processor.startingAtTheHead(engine)) {
            HeldAppend late = holdOpen(engine);
            String after = appendCommitted(engine);
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(after));
            Thread.sleep(2L * SHORT_GAP_TIMEOUT_MS); // the late event is older than the gap timeout before it commits
            String whileOpen = appendCommitted(engine);
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(whileOpen));

            late.commit();

            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(late.eventId()));
            assertThat(processor.receivedIds()).containsExactly(after, whileOpen, late.eventId());
        }
    }

    @Test
    void givenATransactionOpenLongerThanTheGapTimeout_whenRollbacksPassTheCleaningThreshold_thenTheProcessorSkipsIt()
            throws Exception {
        JdbcEventStorageEngine engine = engine(SHORT_GAP_TIMEOUT_MS, DEFAULT_GAP_CLEANING_THRESHOLD);
        try (Processor processor = Processor.startingAtTheHead(engine)) {
            HeldAppend late = holdOpen(engine);
            String after = appendCommitted(engine);
            for (int i = 0; i <= DEFAULT_GAP_CLEANING_THRESHOLD; i++) {
                appendRolledBack(engine); // each leaves a hole in the identity column for good
            }
            String afterTheHoles = appendCommitted(engine);
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(afterTheHoles));
            Thread.sleep(2L * SHORT_GAP_TIMEOUT_MS);
            // Read after the timeout, this event carries a token whose old gaps were cleaned away, the late one's too.
            String whileOpen = appendCommitted(engine);
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(whileOpen));

            late.commit();
            String marker = appendCommitted(engine);

            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(marker));
            assertThat(processor.receivedIds()).containsExactly(after, afterTheHoles, whileOpen, marker)
                    .as("the late event is stored but never delivered").doesNotContain(late.eventId());
            assertThat(isStored(late.eventId())).as("the late event is stored").isTrue();
        }
    }

    @Test
    void givenAProcessorReadingPastAnOpenTransactionAfterTheGapTimeout_whenTheTransactionCommits_thenItSkipsIt()
            throws Exception {
        JdbcEventStorageEngine engine = engine(SHORT_GAP_TIMEOUT_MS, DEFAULT_GAP_CLEANING_THRESHOLD);
        TrackingToken before = engine.createHeadToken();
        HeldAppend late = holdOpen(engine);
        String after = appendCommitted(engine);
        Thread.sleep(2L * SHORT_GAP_TIMEOUT_MS); // a processor behind by more than the gap timeout: down, or replaying

        try (Processor processor = Processor.startingAt(engine, before)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(after));
            late.commit();
            String marker = appendCommitted(engine);

            await().atMost(Duration.ofSeconds(10)).until(() -> processor.received(marker));
            assertThat(processor.receivedIds()).containsExactly(after, marker)
                    .as("the late event is stored but never delivered").doesNotContain(late.eventId());
        }
    }

    // ------------------------------------------------------------------ the engine and the writers

    /** Axon's JDBC engine on this application's tables, as {@link AxonStorageConfig} builds it, with these settings. */
    private JdbcEventStorageEngine engine(int gapTimeoutMillis, int gapCleaningThreshold) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(axonTransactions)
                .schema(new AxonStorageConfig().eventSchema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new UniqueViolationResolver())
                .gapTimeout(gapTimeoutMillis)
                .gapCleaningThreshold(gapCleaningThreshold)
                .build();
    }

    /** An append in its own transaction, held open 0-3 ms, and rolled back one time in four (ADR 0011). */
    private void appendHeldOpenAndSometimesRolledBack(JdbcEventStorageEngine engine, int count, Set<String> committed,
                                                      Set<String> rolledBack) {
        List<EventMessage<?>> events = events(count);
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        boolean rollBack = ThreadLocalRandom.current().nextInt(4) == 0;
        transactions.executeWithoutResult(status -> {
            engine.appendEvents(events);
            sleepMicros(ThreadLocalRandom.current().nextInt(3_000)); // global indexes taken, not yet committed
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        (rollBack ? rolledBack : committed).addAll(ids);
    }

    private String appendCommitted(JdbcEventStorageEngine engine) {
        List<EventMessage<?>> event = events(1);
        transactions.executeWithoutResult(status -> engine.appendEvents(event));
        return event.getFirst().getIdentifier();
    }

    private void appendRolledBack(JdbcEventStorageEngine engine) {
        transactions.executeWithoutResult(status -> {
            engine.appendEvents(events(1));
            status.setRollbackOnly();
        });
    }

    /** One event appended in a transaction that stays open until {@link HeldAppend#commit()}. */
    private HeldAppend holdOpen(JdbcEventStorageEngine engine) throws InterruptedException {
        List<EventMessage<?>> event = events(1);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> transaction = threads.submit(() -> transactions.executeWithoutResult(status -> {
            engine.appendEvents(event);
            appended.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status.setRollbackOnly();
            }
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).as("the held append took its global index").isTrue();
        return new HeldAppend(event.getFirst().getIdentifier(), release, transaction);
    }

    /** An append whose transaction is open until committed here. */
    private record HeldAppend(String eventId, CountDownLatch release, Future<?> transaction) {
        void commit() throws Exception {
            release.countDown();
            transaction.get(10, TimeUnit.SECONDS);
        }
    }

    private static List<EventMessage<?>> events(int count) {
        String aggregate = "gap-" + UUID.randomUUID();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new GenericDomainEventMessage<>("Tail", aggregate, i, "event " + i + " of " + aggregate));
        }
        return events;
    }

    private boolean isStored(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM domain_event_entry WHERE event_identifier = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }

    // ------------------------------------------------------------------ the readers

    /**
     * What a tailing reader received, in order; how many events came after one with a higher global index (late
     * commits, found again through the token's gaps); and the most gaps its token held.
     */
    private record Tail(List<String> ids, int outOfIndexOrder, int mostGaps) {
    }

    /** Reads 7 events at a time from the token it reached, like the naive subscriber of ADR 0011, until drained. */
    private static Tail tailInBatchesOfSeven(JdbcEventStorageEngine engine, TrackingToken start,
                                            AtomicBoolean writing) {
        List<String> ids = new ArrayList<>();
        TrackingToken token = start;
        // No token: the table was empty, and every event is new.
        long highestIndex = start instanceof GapAwareTrackingToken gapAware ? gapAware.getIndex() : -1;
        int outOfOrder = 0;
        int mostGaps = 0;
        int emptyReadsAfterWriting = 0;
        while (emptyReadsAfterWriting < 3) {
            boolean stillWriting = writing.get();
            List<TrackedEventMessage<?>> batch;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                batch = new ArrayList<>(stream.limit(7).toList());
            }
            for (TrackedEventMessage<?> event : batch) {
                GapAwareTrackingToken reached = (GapAwareTrackingToken) event.trackingToken();
                if (reached.getIndex() == highestIndex) {
                    outOfOrder++; // the index did not move: this event filled a gap below it
                }
                highestIndex = Math.max(highestIndex, reached.getIndex());
                mostGaps = Math.max(mostGaps, reached.getGaps().size());
                ids.add(event.getIdentifier());
                token = reached;
            }
            emptyReadsAfterWriting = !stillWriting && batch.isEmpty() ? emptyReadsAfterWriting + 1 : 0;
        }
        return new Tail(ids, outOfOrder, mostGaps);
    }

    /**
     * A pooled streaming processor, the kind that feeds the lobby (ADR 0050), with one segment and its token in
     * memory, on an event store over the engine that looks for new events every 50 ms.
     */
    private static final class Processor implements AutoCloseable {
        private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
        private final EmbeddedEventStore eventStore;
        private final PooledStreamingEventProcessor processor;
        private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();

        private Processor(JdbcEventStorageEngine engine, TrackingToken initialToken) {
            eventStore = EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(50).build();
            EventMessageHandler handler = event -> {
                received.add(event.getIdentifier());
                return null;
            };
            processor = PooledStreamingEventProcessor.builder()
                    .name("gap-experiment-" + UUID.randomUUID())
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                    .messageSource(eventStore)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .coordinatorExecutor(coordinator)
                    .workerExecutor(worker)
                    .initialSegmentCount(1)
                    .initialToken(source -> initialToken)
                    .build();
            processor.start();
        }

        static Processor startingAtTheHead(JdbcEventStorageEngine engine) {
            return new Processor(engine, engine.createHeadToken());
        }

        static Processor startingAt(JdbcEventStorageEngine engine, TrackingToken token) {
            return new Processor(engine, token);
        }

        boolean received(String eventId) {
            return received.contains(eventId);
        }

        List<String> receivedIds() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            processor.shutDown();
            eventStore.shutDown();
            coordinator.shutdownNow();
            worker.shutdownNow();
        }
    }

    private static void sleepMicros(long micros) {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
