package dev.eschess.web.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.SseReader;
import dev.eschess.web.live.GameStreams;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One client cannot hold more live streams than its quota; past it, a 503 problem that says when to come back. */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-stream-limits;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off",
                "eschess.web.sse.heartbeat=200ms",
                "eschess.web.sse.max-per-client=3",
                "eschess.web.sse.max-total=5",
                "eschess.web.sse.retry-after=12s"
        })
class StreamLimitsTest {

    @LocalServerPort
    private int port;

    private ApiClient api;
    private final List<SseReader> open = new ArrayList<>();

    @Autowired
    private GameStreams streams;

    @BeforeEach
    void connectOnceTheLastTestsStreamsHaveEnded() throws InterruptedException {
        api = new ApiClient(URI.create("http://localhost:" + port + "/"));
        // A closed connection frees its place when the next heartbeat fails to reach it.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (streams.openStreams() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(streams.openStreams()).isZero();
    }

    @AfterEach
    void closeStreams() {
        open.forEach(SseReader::close);
    }

    @Test
    void givenAClientWithThreeStreams_whenItOpensAFourth_thenItGetsA503ProblemWithRetryAfterAndTheServerStillAnswers()
            throws Exception {
        String gameId = api.post("/api/games", "{}").json().get("gameId").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(stream(gameId).status()).as("stream %d", i + 1).isEqualTo(200);
        }

        ApiClient.Response refused = api.get("/api/games/" + gameId + "/stream", "Accept", "text/event-stream");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("too-many-streams");
        assertThat(refused.header("Retry-After")).contains("12");
        assertThat(api.get("/api/info").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void givenAClientAtItsLimit_whenItClosesAStream_thenItsPlaceIsFreeWithinAFewHeartbeats() throws Exception {
        String gameId = api.post("/api/games", "{}").json().get("gameId").asText();
        List<SseReader> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SseReader reader = stream(gameId);
            assertThat(reader.status()).isEqualTo(200);
            mine.add(reader);
        }

        mine.getFirst().close();

        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = stream(gameId).status();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        assertThat(status).isEqualTo(200);
    }

    private SseReader stream(String gameId) {
        SseReader reader = new SseReader(api.http(), api.request("/api/games/" + gameId + "/stream").GET().build());
        open.add(reader);
        return reader;
    }
}
