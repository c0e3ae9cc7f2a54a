package dev.eschess.axon.projection;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.web.contract.LiveUpdatesAcrossInstancesContract;
import dev.eschess.web.contract.PostgresInstances;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live updates across two Axon instances on one PostgreSQL database, through each instance's {@link LiveFeed}
 * processor; the lobby's processor could not deliver them, since only one instance handles each of its events.
 */
class LiveUpdatesAcrossInstancesTest extends LiveUpdatesAcrossInstancesContract {

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.jdbcUrl("axon_live");
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl) {
        return PostgresInstances.start(AxonGameServer.class, databaseUrl);
    }

    @Override
    protected String variant() {
        return "Axon";
    }
}
