package dev.eschess.handrolled.computer;

import dev.eschess.handrolled.app.HandrolledGameServer;
import dev.eschess.handrolled.support.SharedPostgres;
import dev.eschess.web.contract.ComputerOpponentContract;
import dev.eschess.web.contract.PostgresInstances;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared computer-opponent contract (issue 16) over HTTP against hand-rolled instances on embedded PostgreSQL:
 * seated by the web API, played by the computer-turn runners of ADR 0066.
 */
class ComputerOpponentHttpTest extends ComputerOpponentContract {

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.newDatabaseUrl("handrolled_computer");
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl, String... settings) {
        return PostgresInstances.start(HandrolledGameServer.class, databaseUrl, settings);
    }

    @Override
    protected String variant() {
        return "hand-rolled";
    }
}
