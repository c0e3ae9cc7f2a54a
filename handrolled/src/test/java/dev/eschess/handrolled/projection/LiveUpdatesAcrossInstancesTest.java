package dev.eschess.handrolled.projection;

import dev.eschess.handrolled.app.HandrolledGameServer;
import dev.eschess.handrolled.support.SharedPostgres;
import dev.eschess.web.contract.LiveUpdatesAcrossInstancesContract;
import dev.eschess.web.contract.PostgresInstances;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live updates across two hand-rolled instances on one PostgreSQL database, through each instance's {@link LiveFeed}.
 * The lobby's polling is slowed down to a minute, so that its after-commit notification cannot be what delivers a
 * change to the other instance.
 */
class LiveUpdatesAcrossInstancesTest extends LiveUpdatesAcrossInstancesContract {

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.newDatabaseUrl("handrolled_live");
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl) {
        return PostgresInstances.start(HandrolledGameServer.class, databaseUrl,
                "--eschess.handrolled.lobby.poll-interval=60s");
    }

    @Override
    protected String variant() {
        return "hand-rolled";
    }
}
