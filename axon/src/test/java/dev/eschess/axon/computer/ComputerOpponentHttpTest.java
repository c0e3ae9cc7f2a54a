package dev.eschess.axon.computer;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.web.contract.ComputerOpponentContract;
import dev.eschess.web.contract.PostgresInstances;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared computer-opponent contract (issue 16) over HTTP against Axon instances on embedded PostgreSQL: seated
 * by the web API, played by the pooled streaming processor of ADR 0067.
 */
class ComputerOpponentHttpTest extends ComputerOpponentContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.jdbcUrl("axon_computer_http_" + DATABASES.incrementAndGet());
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl, String... settings) {
        return PostgresInstances.start(AxonGameServer.class, databaseUrl, settings);
    }

    @Override
    protected String variant() {
        return "Axon";
    }
}
