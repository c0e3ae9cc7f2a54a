package dev.eschess.handrolled.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.subscription.ProjectionTransactions;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deadline table on H2 and PostgreSQL (ADR 0062): a due deadline is handed to the handler once and deleted, a
 * scheduled one is replaced or cancelled, a failed one is kept for later, and on PostgreSQL two runners never take
 * the same deadline.
 */
class JdbcDeadlinesTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");
    private static final String KIND = "alarm";

    /** A migrated database, with the deadlines of one runner on it. */
    private record Setup(HikariDataSource dataSource, JdbcDeadlines deadlines) implements AutoCloseable {
        static Setup on(String backend) {
            HikariDataSource dataSource = backend.equals("h2")
                    ? H2Databases.newInMemory("deadlines")
                    : SharedPostgres.newDatabase("deadlines");
            SchemaMigrations.migrate(dataSource);
            return new Setup(dataSource, new JdbcDeadlines(dataSource));
        }

        void schedule(String streamId, Instant dueAt) {
            JdbcDeadlinesTest.schedule(dataSource, streamId, dueAt);
        }

        void cancel(String streamId) {
            ProjectionTransactions.on(dataSource).inTransaction(connection ->
                    JdbcDeadlines.cancel(connection, streamId, KIND));
        }

        Optional<Deadline> find(String streamId) {
            return deadlines.find(streamId, KIND);
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }

    /** What a handler was given. */
    private record Fired(Deadline deadline, Instant firedAt) {
    }

    private static void schedule(DataSource dataSource, String streamId, Instant dueAt) {
        ProjectionTransactions.on(dataSource).inTransaction(connection ->
                JdbcDeadlines.schedule(connection, streamId, KIND, dueAt));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDeadlineIsHandedToTheHandlerOnceWhenItIsDueAndThenDeleted(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            List<Fired> fired = new ArrayList<>();
            DeadlineHandler handler = (deadline, firedAt) -> fired.add(new Fired(deadline, firedAt));

            assertThat(setup.deadlines().fireNextDue(T.minusMillis(1), handler)).as("not yet due").isFalse();
            assertThat(setup.deadlines().fireNextDue(T.plusMillis(5), handler)).isTrue();
            assertThat(setup.deadlines().fireNextDue(T.plusSeconds(60), handler)).as("fired before").isFalse();

            assertThat(fired).singleElement().satisfies(one -> {
                assertThat(one.deadline().streamId()).isEqualTo("stream-1");
                assertThat(one.deadline().kind()).isEqualTo(KIND);
                assertThat(one.deadline().dueAt()).isEqualTo(T);
                assertThat(one.firedAt()).isEqualTo(T.plusMillis(5));
            });
            assertThat(setup.find("stream-1")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void schedulingADeadlineAgainReplacesItUnderANewId(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            Deadline first = setup.find("stream-1").orElseThrow();
            setup.schedule("stream-1", T.plusSeconds(10));
            List<Deadline> fired = new ArrayList<>();

            assertThat(setup.deadlines().fireNextDue(T.plusSeconds(5), (deadline, at) -> fired.add(deadline)))
                    .as("the replaced deadline is gone").isFalse();
            assertThat(setup.find("stream-1")).hasValueSatisfying(second -> {
                assertThat(second.dueAt()).isEqualTo(T.plusSeconds(10));
                assertThat(second.id()).isNotEqualTo(first.id());
            });
            assertThat(fired).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCancelledDeadlineNeverFires(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            setup.cancel("stream-1");
            AtomicInteger fired = new AtomicInteger();

            assertThat(setup.deadlines().fireNextDue(T.plusSeconds(60), (deadline, at) -> fired.incrementAndGet()))
                    .isFalse();
            assertThat(fired).hasValue(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDueInstantIsRoundedUpToTheMillisecondSoTheDeadlineNeverFiresEarly(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T.plusNanos(400_000));
            AtomicInteger fired = new AtomicInteger();

            assertThat(setup.deadlines().fireNextDue(T, (deadline, at) -> fired.incrementAndGet())).isFalse();
            assertThat(setup.find("stream-1")).map(Deadline::dueAt).contains(T.plusMillis(1));
            assertThat(setup.deadlines().fireNextDue(T.plusMillis(1), (deadline, at) -> fired.incrementAndGet()))
                    .isTrue();
            assertThat(fired).hasValue(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFailingHandlerKeepsTheDeadlineForALaterAttemptUnderTheSameId(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            UUID scheduled = setup.find("stream-1").orElseThrow().id();
            List<Deadline> attempts = new ArrayList<>();
            DeadlineHandler failsOnce = (deadline, at) -> {
                attempts.add(deadline);
                if (attempts.size() == 1) {
                    throw new IllegalStateException("the game cannot be reached just now");
                }
            };

            assertThat(setup.deadlines().fireNextDue(T, failsOnce)).isTrue();
            assertThat(setup.find("stream-1")).hasValueSatisfying(kept -> {
                assertThat(kept.attempts()).isEqualTo(1);
                assertThat(kept.dueAt()).isEqualTo(T);
            });
            Instant retry = T.plus(JdbcDeadlines.RETRY_DELAY);
            assertThat(setup.deadlines().fireNextDue(retry.minusMillis(1), failsOnce)).as("waits").isFalse();
            assertThat(setup.deadlines().fireNextDue(retry, failsOnce)).isTrue();

            assertThat(attempts).extracting(Deadline::id).containsExactly(scheduled, scheduled);
            assertThat(setup.find("stream-1")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theNextAttemptIsTheEarliestDeadlineAfterNow(String backend) {
        try (Setup setup = Setup.on(backend)) {
            assertThat(setup.deadlines().nextAttemptAfter(T)).isEmpty();
            setup.schedule("stream-1", T.plusSeconds(30));
            setup.schedule("stream-2", T.plusSeconds(20));
            setup.schedule("stream-3", T.minusSeconds(1));

            assertThat(setup.deadlines().nextAttemptAfter(T)).contains(T.plusSeconds(20));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void schedulingWhileTheOldDeadlineIsBeingFiredWaitsForItAndKeepsTheNewOne(String backend) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            CountDownLatch firing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Boolean> runner = threads.submit(() -> setup.deadlines().fireNextDue(T, (deadline, at) -> {
                firing.countDown();
                await(release);
            }));
            assertThat(firing.await(10, TimeUnit.SECONDS)).isTrue();

            Future<?> rescheduling = threads.submit(() -> setup.schedule("stream-1", T.plusSeconds(60)));
            Thread.sleep(200);
            assertThat(rescheduling).as("waits on the claimed row").isNotDone();
            release.countDown();

            assertThat(runner.get(10, TimeUnit.SECONDS)).isTrue();
            rescheduling.get(10, TimeUnit.SECONDS);
            assertThat(setup.find("stream-1")).map(Deadline::dueAt).contains(T.plusSeconds(60));
        } finally {
            threads.shutdownNow();
        }
    }

    /** On H2 too since ADR 0066: a claim locks the row it returns and no other due row. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRunnerSkipsTheDeadlineAnotherRunnerHoldsAndClaimsTheNext(String backend) throws Exception {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Setup setup = Setup.on(backend);
             HikariDataSource otherInstance = backend.equals("h2")
                     ? H2Databases.pool(setup.dataSource().getJdbcUrl())
                     : SharedPostgres.pool(setup.dataSource().getJdbcUrl())) {
            setup.schedule("held", T);
            setup.schedule("next", T.plusMillis(1));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Boolean> first = threads.submit(() -> setup.deadlines().fireNextDue(T.plusSeconds(1),
                    (deadline, at) -> {
                        holding.countDown();
                        await(release);
                    }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> claimedBySecond = new ArrayList<>();

            boolean claimed = new JdbcDeadlines(otherInstance).fireNextDue(T.plusSeconds(1),
                    (deadline, at) -> claimedBySecond.add(deadline.streamId()));
            release.countDown();

            assertThat(claimed).isTrue();
            assertThat(claimedBySecond).containsExactly("next");
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(setup.find("held")).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRunnerOfSomeKindsFiresOnlyThoseAndWaitsOnlyForThose(String backend) {
        try (Setup setup = Setup.on(backend)) {
            setup.schedule("stream-1", T);
            ProjectionTransactions.on(setup.dataSource()).inTransaction(connection -> {
                JdbcDeadlines.schedule(connection, "stream-1", "other", T);
                JdbcDeadlines.schedule(connection, "stream-2", "other", T.plusSeconds(5));
            });
            JdbcDeadlines others = new JdbcDeadlines(setup.dataSource(), Set.of("other"));
            List<String> fired = new ArrayList<>();

            while (others.fireNextDue(T.plusSeconds(1), (deadline, at) -> fired.add(deadline.kind()))) {
                // fire every due deadline of the kind
            }

            assertThat(fired).containsExactly("other");
            assertThat(setup.find("stream-1")).as("the alarm is not the runner's kind").isPresent();
            assertThat(others.nextAttemptAfter(T.plusSeconds(1))).contains(T.plusSeconds(5));
            assertThat(new JdbcDeadlines(setup.dataSource(), Set.of(KIND)).nextAttemptAfter(T.plusSeconds(1)))
                    .isEmpty();
        }
    }

    @Test
    void onPostgresqlTwoRunnersRacingForTheSameDeadlinesFireEachExactlyOnce() throws Exception {
        int count = 200;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Setup setup = Setup.on("postgresql");
             HikariDataSource otherInstance = SharedPostgres.pool(setup.dataSource().getJdbcUrl())) {
            for (int i = 0; i < count; i++) {
                setup.schedule("stream-" + i, T.plusMillis(i % 7));
            }
            Map<String, AtomicInteger> firings = new ConcurrentHashMap<>();
            List<Integer> perRunner = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runners = new ArrayList<>();
            for (JdbcDeadlines runner : List.of(setup.deadlines(), new JdbcDeadlines(otherInstance))) {
                runners.add(threads.submit(() -> {
                    await(start);
                    DeadlineHandler counting = (deadline, at) ->
                            firings.computeIfAbsent(deadline.streamId(), id -> new AtomicInteger()).incrementAndGet();
                    int fired = 0;
                    while (runner.fireNextDue(T.plusSeconds(1), counting)) {
                        fired++;
                    }
                    perRunner.add(fired);
                }));
            }
            start.countDown();
            for (Future<?> runner : runners) {
                runner.get(60, TimeUnit.SECONDS);
            }

            assertThat(firings).hasSize(count);
            assertThat(firings.values()).extracting(AtomicInteger::get).containsOnly(1);
            assertThat(perRunner).hasSize(2);
            assertThat(perRunner.get(0) + perRunner.get(1)).isEqualTo(count);
            System.out.printf("deadlines: two runners on one PostgreSQL fired %d deadlines once each, split %s%n",
                    count, perRunner);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
