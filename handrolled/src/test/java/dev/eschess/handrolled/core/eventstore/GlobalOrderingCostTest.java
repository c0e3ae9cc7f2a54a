package dev.eschess.handrolled.core.eventstore;

import static dev.eschess.handrolled.support.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.AppendStrategy;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.support.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the serialized log head costs (ADR 0011), on durable PostgreSQL: one-event appends per second with one
 * and with four writers on different streams, beside a baseline of plain one-row inserts numbered by a sequence
 * (no global order guarantee). Prints the figures; asserts only that every append was stored, gaplessly.
 * A measurement, not a benchmark: numbers vary with the disk and are not asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlobalOrderingCostTest {

    private static final int APPENDS_PER_WRITER = 300;
    private HikariDataSource dataSource;

    @BeforeAll
    void open() throws Exception {
        dataSource = SharedPostgres.newDatabase("ordering_cost");
        SchemaMigrations.migrate(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE baseline_rows (id BIGSERIAL PRIMARY KEY, stream_id VARCHAR(200), body TEXT)");
        }
    }

    @AfterAll
    void close() {
        dataSource.close();
    }

    @Test
    void appendsToDifferentStreamsSerializeOnTheLogHeadAndTheLogStaysGapless() throws Exception {
        // The strategy these figures are about (ADR 0011); DurableAppendBenchmark (module benchmarks) sets it beside
        // group commit, PostgreSQL's default since ADR 0065, and beside the raw limit of the same table.
        JdbcEventStore store = new JdbcEventStore(dataSource, new AppendStrategy.TransactionPerAppend());
        double baselineOne = rate(1, writer -> baselineInsert(writer));
        double baselineFour = rate(4, writer -> baselineInsert(writer));
        long headBefore = store.headPosition();
        double storeOne = rate(1, writer -> store.append("cost-" + writer, ExpectedVersion.any(), events("e", 1)));
        double storeFour = rate(4, writer -> store.append("cost-" + writer, ExpectedVersion.any(), events("e", 1)));

        long appended = store.headPosition() - headBefore;
        assertThat(appended).isEqualTo(5L * APPENDS_PER_WRITER);
        assertThat(store.readAll(headBefore + 1, Integer.MAX_VALUE)).hasSize((int) appended);
        System.out.printf("Global ordering cost on durable PostgreSQL (one-event transactions per second):%n"
                        + "  plain inserts, sequence ids: 1 writer %.0f/s, 4 writers %.0f/s%n"
                        + "  event store, log head lock:  1 writer %.0f/s, 4 writers %.0f/s%n",
                baselineOne, baselineFour, storeOne, storeFour);
    }

    @FunctionalInterface
    private interface Work {
        void run(int writer) throws Exception;
    }

    private void baselineInsert(int writer) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO baseline_rows (stream_id, body) VALUES (?, ?)")) {
            insert.setString(1, "baseline-" + writer);
            insert.setString(2, "{\"label\":\"e\"}");
            insert.executeUpdate();
        }
    }

    private static double rate(int writers, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                        work.run(writer);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
            return writers * APPENDS_PER_WRITER / ((System.nanoTime() - start) / 1e9);
        } finally {
            threads.shutdownNow();
        }
    }
}
