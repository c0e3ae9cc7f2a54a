package dev.eschess.handrolled.deadline;

import dev.eschess.handrolled.app.HandrolledGameServer;
import dev.eschess.handrolled.support.SharedPostgres;
import dev.eschess.web.contract.DeadlinesContract;
import dev.eschess.web.contract.PostgresInstances;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared deadline contract (issue 13) against hand-rolled instances on embedded PostgreSQL: the projection of
 * {@link GameDeadlineSchedule} and the core's runner, fired through the game engine (ADR 0062).
 */
class DeadlinesTest extends DeadlinesContract {

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.newDatabaseUrl("handrolled_deadlines");
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl) {
        return PostgresInstances.start(HandrolledGameServer.class, databaseUrl,
                "--eschess.games.expire-waiting-after=" + WAITING_TIME.toSeconds() + "s");
    }

    @Override
    protected String variant() {
        return "hand-rolled";
    }
}
