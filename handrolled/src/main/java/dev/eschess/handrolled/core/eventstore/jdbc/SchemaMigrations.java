package dev.eschess.handrolled.core.eventstore.jdbc;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema of the hand-rolled variant up to date with Flyway: the core tables (events, log
 * head, snapshots, projection checkpoints) plus the migrations of any read models given as extra locations.
 */
public final class SchemaMigrations {

    /** Where the core's migrations live on the class path. */
    public static final String CORE_LOCATION = "classpath:db/handrolled/core";

    private SchemaMigrations() {
    }

    /** Migrates the database behind the data source; safe to call on every start. */
    public static void migrate(DataSource dataSource, String... readModelLocations) {
        SqlDialect dialect = SqlDialect.of(dataSource);
        List<String> locations = new ArrayList<>();
        locations.add(CORE_LOCATION);
        locations.addAll(List.of(readModelLocations));
        Flyway.configure()
                .dataSource(dataSource)
                .table("handrolled_schema_history")
                .locations(locations.toArray(String[]::new))
                .placeholders(dialect.migrationPlaceholders())
                // Other modules' tables (the web module's, with their own history) may already be in the schema;
                // start this history beside them instead of refusing a non-empty schema.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
