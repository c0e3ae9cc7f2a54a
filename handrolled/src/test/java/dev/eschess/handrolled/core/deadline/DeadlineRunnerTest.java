package dev.eschess.handrolled.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.subscription.ProjectionTransactions;
import dev.eschess.handrolled.support.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The deadline runner's thread (ADR 0062): it fires a deadline when it comes due, sleeps until the next one rather
 * than a whole poll interval, lives through a database outage, and fires nothing once closed.
 */
class DeadlineRunnerTest {

    private static final String KIND = "alarm";

    private final HikariDataSource dataSource = H2Databases.newInMemory("deadline-runner");
    private final List<Fired> fired = new CopyOnWriteArrayList<>();
    private final DeadlineHandler recording = (deadline, firedAt) ->
            fired.add(new Fired(deadline, firedAt, Thread.currentThread()));

    /** What the handler was given, and on which thread. */
    private record Fired(Deadline deadline, Instant firedAt, Thread thread) {
    }

    /** The test's data source, which refuses connections while the database is "down". */
    private static final class OutageDataSource extends DelegatingDataSource {
        private final AtomicBoolean down = new AtomicBoolean();

        OutageDataSource(HikariDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("the database is down", "08001");
            }
            return super.getConnection();
        }
    }

    DeadlineRunnerTest() {
        SchemaMigrations.migrate(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    private void schedule(String streamId, Instant dueAt) {
        ProjectionTransactions.on(dataSource).inTransaction(connection ->
                JdbcDeadlines.schedule(connection, streamId, KIND, dueAt));
    }

    private static void await(Supplier<Boolean> condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("condition met within %s", within).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void aStartedRunnerFiresADeadlineWhenItComesDueAndNotBefore() throws InterruptedException {
        Instant due = Instant.now().plusMillis(300);
        schedule("stream-1", due);

        try (DeadlineRunner runner = new DeadlineRunner(new JdbcDeadlines(dataSource), recording, Clock.systemUTC(),
                Duration.ofMillis(50))) {
            runner.start();
            await(() -> !fired.isEmpty(), Duration.ofSeconds(10));
        }

        assertThat(fired).singleElement().satisfies(one -> {
            assertThat(one.deadline().streamId()).isEqualTo("stream-1");
            assertThat(one.firedAt()).isAfterOrEqualTo(due);
        });
    }

    @Test
    void aRunnerSleepsOnlyUntilTheNextDeadlineWhenThatComesBeforeItsNextPoll() throws InterruptedException {
        schedule("stream-1", Instant.now().plusMillis(200));

        try (DeadlineRunner runner = new DeadlineRunner(new JdbcDeadlines(dataSource), recording, Clock.systemUTC(),
                Duration.ofMinutes(10))) {
            runner.start();
            await(() -> !fired.isEmpty(), Duration.ofSeconds(10));
        }

        assertThat(fired).extracting(one -> one.deadline().streamId()).containsExactly("stream-1");
    }

    @Test
    void aDeadlineThatComesDueWhileTheRunnerLooksIsFiredWithoutWaitingForThePoll() throws InterruptedException {
        Instant start = Instant.parse("2026-06-01T10:00:00Z");
        schedule("stream-1", start.plusMillis(2));
        // Every reading is 5 ms after the one before: the deadline comes due between the runner's look for due
        // deadlines and its look for the next one.
        AtomicLong readings = new AtomicLong();
        Clock stepping = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusMillis(5 * readings.getAndIncrement());
            }
        };

        try (DeadlineRunner runner = new DeadlineRunner(new JdbcDeadlines(dataSource), recording, stepping,
                Duration.ofMinutes(10))) {
            runner.start();
            await(() -> !fired.isEmpty(), Duration.ofSeconds(10));
        }

        assertThat(fired).extracting(one -> one.deadline().streamId()).containsExactly("stream-1");
    }

    @Test
    void aRunnerLivesThroughADatabaseOutageAndFiresWhatCameDueMeanwhile() throws InterruptedException {
        OutageDataSource flaky = new OutageDataSource(dataSource);
        try (DeadlineRunner runner = new DeadlineRunner(new JdbcDeadlines(flaky), recording, Clock.systemUTC(),
                Duration.ofMillis(20))) {
            runner.start();
            flaky.down.set(true);
            schedule("stream-1", Instant.now().plusMillis(100));
            Thread.sleep(500);
            assertThat(fired).as("nothing fires while the database is down").isEmpty();

            flaky.down.set(false);
            await(() -> !fired.isEmpty(), DeadlineRunner.OUTAGE_PAUSE.plusSeconds(5));
        }

        assertThat(fired).extracting(one -> one.deadline().streamId()).containsExactly("stream-1");
    }

    @Test
    void aClosedRunnerHasEndedItsThreadAndFiresNothingMore() throws InterruptedException {
        schedule("stream-1", Instant.now());
        DeadlineRunner runner = new DeadlineRunner(new JdbcDeadlines(dataSource), recording, Clock.systemUTC(),
                Duration.ofMillis(20));
        runner.start();
        await(() -> fired.size() == 1, Duration.ofSeconds(10));

        runner.close();
        schedule("stream-2", Instant.now());
        Thread.sleep(200);

        assertThat(fired.getFirst().thread().isAlive()).isFalse();
        assertThat(fired).extracting(one -> one.deadline().streamId()).containsExactly("stream-1");
        assertThat(new JdbcDeadlines(dataSource).find("stream-2", KIND)).as("left for the next runner").isPresent();
    }
}
