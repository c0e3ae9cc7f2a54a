package dev.eschess.handrolled.storage;

import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import javax.sql.DataSource;

/**
 * The hand-rolled core's tables (events, log head, snapshots, checkpoints), migrated with its own Flyway history
 * when this bean is created; every bean that touches those tables depends on it. Boot's own Flyway is off.
 */
public final class HandrolledSchema {

    /** Migrates now; safe on every start. */
    public HandrolledSchema(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
    }
}
