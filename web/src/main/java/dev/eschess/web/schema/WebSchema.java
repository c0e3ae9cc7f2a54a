package dev.eschess.web.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the web module's own tables with a Flyway run of its own: location {@value #LOCATION} (deliberately
 * not under {@code db/migration}, which Flyway would scan recursively together with an application's
 * migrations) and history table {@value #HISTORY_TABLE}. It runs when the bean is created, before the seat
 * store and the lobby projection are used, and is independent of the application's own Flyway (ADR 0033).
 * Not a {@code Flyway} bean on purpose: one would switch off Boot's Flyway auto-configuration for the app.
 */
public final class WebSchema {

    /** Where the web module's migrations live. */
    public static final String LOCATION = "classpath:db/web-migration";
    /** The web module's own schema history table. */
    public static final String HISTORY_TABLE = "web_schema_history";

    /** Migrates now. */
    public WebSchema(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // The schema usually holds the variant's tables already; start our own history beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
    }
}
