package dev.eschess.web.schema;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused database in Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public final class DatabaseOfAnotherServerFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseOfAnotherServer> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseOfAnotherServer cause) {
        String message = cause.getMessage();
        return new FailureAnalysis(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ". Both servers "
                + "keep web's seats and lobby in the same tables: on one database each would list the other's games, "
                + "and neither could play them.",
                "Start the " + cause.refusedServer() + " server on a database of its own: another "
                        + "--spring.datasource.url (PostgreSQL), or the default H2 file under ./data/"
                        + cause.refusedServer() + "/.", cause);
    }
}
