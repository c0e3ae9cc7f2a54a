package dev.eschess.web.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.web.contract.ApiClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Creating and joining games is limited per client address; past the limit, a 429 problem. The limit is taken before
 * the command is built, so a refused request reaches no engine and stores nothing.
 */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-creation-limit;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off",
                "eschess.web.rate-limit.creations.burst=3",
                "eschess.web.rate-limit.creations.per-minute=1"
        })
class CreationRateLimitTest {

    @LocalServerPort
    private int port;

    @Test
    void givenAClientThatCreatedAndJoinedItsBurst_whenItCreatesAnother_thenA429ProblemWithRetryAfterAndNoNewGame() {
        ApiClient api = new ApiClient(URI.create("http://localhost:" + port + "/"));
        String first = api.post("/api/games", "{}").json().get("gameId").asText();
        assertThat(api.post("/api/games", "{}").status()).isEqualTo(201);
        assertThat(api.post("/api/games/" + first + "/players", "{}").status()).isEqualTo(201);

        ApiClient.Response refused = api.post("/api/games", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("too-many-requests");
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(api.post("/api/games/" + first + "/players", "{}").status()).isEqualTo(429);
        assertThat(refused.header("Location")).as("no game was created").isEmpty();
        assertThat(api.get("/api/games/" + first).status()).as("reading is not limited").isEqualTo(200);
    }
}
