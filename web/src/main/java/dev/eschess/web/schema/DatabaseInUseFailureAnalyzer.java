package dev.eschess.web.schema;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Explains an embedded H2 file that another process holds open (H2's error 90020, "Database may be already in
 * use"): without it the first bean that needs a connection fails with its own words, such as "cannot detect the
 * database dialect", and the lock is only found deep in the stack trace.
 */
public final class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2's SQL state (and error code) for a database file locked by another process: DATABASE_ALREADY_OPEN_1. */
    static final String H2_DATABASE_ALREADY_OPEN = "90020";

    private final Environment environment;

    /** Boot passes the failed application's environment, for the database URL. */
    public DatabaseInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_DATABASE_ALREADY_OPEN.equals(sql.getSQLState())) {
                return new FailureAnalysis(description(sql), "Stop the other server process, or start this one from "
                        + "another working directory or with a --spring.datasource.url of its own. Several servers "
                        + "can share games only on PostgreSQL.", failure);
            }
        }
        return null;
    }

    private String description(SQLException locked) {
        // No environment when the application failed before it had one.
        String url = environment == null ? "the H2 database"
                : environment.getProperty("spring.datasource.url", "the H2 database");
        int options = url.indexOf(';');
        return "The H2 database file of " + (options < 0 ? url : url.substring(0, options)) + " is locked: another "
                + "process has it open. Most likely another eschess server is running in the same working directory "
                + "and uses the same ./data directory. H2 said: " + locked.getMessage();
    }
}
