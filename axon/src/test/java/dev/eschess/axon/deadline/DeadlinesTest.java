package dev.eschess.axon.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.DeadlinesContract;
import dev.eschess.web.contract.PostgresInstances;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Web's deadline contract against the Axon server on embedded PostgreSQL: flags fall and waiting games expire through
 * Axon's {@code DbSchedulerDeadlineManager}, also after a restart and once with two instances (ADR 0063). Plus the
 * form a deadline is stored in.
 */
class DeadlinesTest extends DeadlinesContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected String newSharedDatabase() {
        return SharedPostgres.jdbcUrl("axon_deadlines_" + DATABASES.incrementAndGet());
    }

    @Override
    protected ConfigurableApplicationContext startInstance(String databaseUrl) {
        return PostgresInstances.start(AxonGameServer.class, databaseUrl,
                "--eschess.games.expire-waiting-after=" + WAITING_TIME.toSeconds() + "s");
    }

    @Override
    protected String variant() {
        return "Axon";
    }

    @Test
    void aDeadlineIsStoredAsJsonNamingItsGameNotAsASerializedJavaObject() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = new ApiClient(URI.create("http://localhost:"
                    + instance.getEnvironment().getProperty("local.server.port")));
            String gameId = api.post("/api/games", "{\"playerName\": \"Ada\"}").json().get("gameId").asText();

            List<byte[]> rows = instance.getBean(JdbcTemplate.class)
                    .queryForList("SELECT task_data FROM scheduled_tasks", byte[].class);

            assertThat(rows).hasSize(1);
            JsonNode deadline = ApiClient.parse(new String(rows.getFirst(), StandardCharsets.UTF_8));
            assertThat(deadline.get("deadlineName").asText()).isEqualTo("waiting-game-expires");
            assertThat(ApiClient.parse(deadline.get("scopeDescriptor").asText()).get("identifier").asText())
                    .isEqualTo(gameId);
        }
    }
}
