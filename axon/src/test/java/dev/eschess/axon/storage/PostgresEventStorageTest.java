package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.support.PostgresAxonTest;
import org.junit.jupiter.api.Test;

/** Axon's JDBC storage on a real PostgreSQL: also payloads as bytea, not large objects. */
@PostgresAxonTest
class PostgresEventStorageTest extends EventStorageContract {

    @Test
    void payloadsAreByteaColumnsAndNoLargeObjectIsEverCreated() {
        new dev.eschess.axon.support.Games(commands).started();

        var types = jdbc.sql("""
                        SELECT table_name || '.' || column_name || '=' || data_type FROM information_schema.columns
                        WHERE column_name IN ('payload', 'meta_data', 'token') ORDER BY 1""")
                .query(String.class).list();
        long largeObjects = jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single();

        assertThat(types).containsExactly(
                "domain_event_entry.meta_data=bytea", "domain_event_entry.payload=bytea",
                "snapshot_event_entry.meta_data=bytea", "snapshot_event_entry.payload=bytea",
                "token_entry.token=bytea");
        assertThat(largeObjects).isZero();
    }

    @Test
    void theServerCommitsDurably() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
