package dev.eschess.web.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.web.contract.ApiClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One client address may have only so many unfinished games against the computer; past the cap, a 429 problem and no
 * game. Games between people are not counted. Each test resigns the games it created, so the next starts at zero.
 */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-computer-games-per-client;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off",
                "eschess.web.computer-games-per-client=2"
        })
class ComputerGamesPerClientTest {

    @LocalServerPort
    private int port;

    private ApiClient api;
    private final List<JsonNode> created = new ArrayList<>();

    @BeforeEach
    void connect() {
        api = new ApiClient(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void resignWhatTheTestCreated() {
        created.forEach(this::resign);
    }

    @Test
    void givenAClientWithTwoUnfinishedComputerGames_whenItCreatesAThird_thenA429ProblemAndNoGameIsCreated() {
        createAgainstComputer("Ada");
        createAgainstComputer("Ada");

        ApiClient.Response refused = api.post("/api/games",
                "{\"playerName\": \"Refused\", \"opponent\": {\"computer\": 1}}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("too-many-computer-games");
        assertThat(refused.json().get("detail").asText())
                .contains("already plays 2 unfinished games against the computer");
        assertThat(refused.header("Location")).as("no game was created").isEmpty();
        List<String> listed = new ArrayList<>();
        api.get("/api/games?limit=200").json().forEach(row -> listed.add(row.get("white").get("name").asText()));
        assertThat(listed).doesNotContain("Refused");
    }

    @Test
    void givenAClientAtItsCapOfComputerGames_whenItCreatesAGameForTwoPeople_thenTheGameIsCreated() {
        createAgainstComputer("Ada");
        createAgainstComputer("Ada");

        ApiClient.Response forTwo = api.post("/api/games", "{\"playerName\": \"Ada\"}");

        assertThat(forTwo.status()).as("%s", forTwo).isEqualTo(201);
        assertThat(forTwo.json().get("game").get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void givenAClientAtItsCapOfComputerGames_whenItResignsOne_thenItMayCreateAnother() {
        JsonNode first = createAgainstComputer("Ada");
        createAgainstComputer("Ada");
        assertThat(api.post("/api/games", "{\"opponent\": {\"computer\": 1}}").status()).isEqualTo(429);

        resign(first);

        assertThat(createAgainstComputer("Ada").get("game").get("status").asText()).isEqualTo("active");
    }

    private JsonNode createAgainstComputer(String name) {
        ApiClient.Response response = api.post("/api/games",
                "{\"playerName\": \"" + name + "\", \"opponent\": {\"computer\": 1}}");
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        created.add(response.json());
        return response.json();
    }

    /** Resigns the creator's seat; a game already over stays as it is. */
    private void resign(JsonNode seat) {
        api.post("/api/games/" + seat.get("gameId").asText() + "/resign", "{}",
                "Authorization", "Bearer " + seat.get("playerToken").asText());
    }
}
