package dev.eschess.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live updates on every instance, written once for both variants: two instances of one server on one database, ten
 * moves made alternately through each; every move must reach the SSE stream opened on the other instance (and on its
 * own). Prints the median and the largest delay. A variant extends this and starts its server (ADR 0052).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LiveUpdatesAcrossInstancesContract {

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    /** A fresh database both instances will share, as a JDBC URL. */
    protected abstract String newSharedDatabase();

    /** One instance of the variant's server on that database, on a free port, with a web server. */
    protected abstract ConfigurableApplicationContext startInstance(String databaseUrl);

    /** The variant's name, for the printed figure. */
    protected abstract String variant();

    @BeforeAll
    void startTwoInstances() {
        String url = newSharedDatabase();
        first = startInstance(url);
        second = startInstance(url);
    }

    @AfterAll
    void stopBoth() {
        second.close();
        first.close();
    }

    private static ApiClient api(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new ApiClient(URI.create("http://localhost:" + port));
    }

    private static String field(ApiClient.Response response, String name) {
        return response.json().get(name).asText();
    }

    @Test
    void aMoveMadeOnEitherInstanceReachesTheStreamsOfTheOther() throws Exception {
        ApiClient[] instances = {api(first), api(second)};
        ApiClient.Response created = instances[0].post("/api/games", "{\"playerName\": \"Ada\"}");
        String gameId = field(created, "gameId");
        String[] tokens = {field(created, "playerToken"), field(instances[0].post("/api/games/" + gameId + "/players",
                "{\"playerName\": \"Bob\"}"), "playerToken")};
        String[] moves = {"e4", "e5", "Nf3", "Nc6", "Bc4", "Bc5", "c3", "Nf6", "d3", "d6"};
        List<Long> millis = new ArrayList<>();

        try (SseReader onFirst = stream(instances[0], gameId); SseReader onSecond = stream(instances[1], gameId)) {
            SseReader[] streams = {onFirst, onSecond};
            assertThat(onFirst.next(10).id()).isEqualTo("2");
            assertThat(onSecond.next(10).id()).isEqualTo("2");
            for (int ply = 0; ply < moves.length; ply++) {
                int mover = ply % 2;
                int watcher = 1 - mover;
                long start = System.nanoTime();
                ApiClient.Response moved = instances[mover].post("/api/games/" + gameId + "/moves",
                        "{\"move\": \"" + moves[ply] + "\"}", "Authorization", "Bearer " + tokens[ply % 2]);
                assertThat(moved.status()).as(moves[ply]).isEqualTo(200);
                String version = String.valueOf(3 + ply);
                SseReader.Event seen = nextWithId(streams[watcher], version);
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(seen).as("%s made on instance %d, live on the other", moves[ply], mover + 1).isNotNull();
                assertThat(ApiClient.parse(seen.data()).get("moves").toString()).contains(moves[ply]);
                assertThat(nextWithId(streams[mover], version)).as("the mover's own instance").isNotNull();
            }
        }
        Collections.sort(millis);
        System.out.printf("%s: a move on one instance reached the other's stream in %d ms (median), %d ms (max)"
                + " over %d moves%n", variant(), millis.get(millis.size() / 2), millis.getLast(), millis.size());
    }

    private static SseReader stream(ApiClient instance, String gameId) {
        return new SseReader(instance.http(), instance.request("/api/games/" + gameId + "/stream").GET().build());
    }

    /** The next event with this id, skipping older ones; null if none comes within five seconds. */
    private static SseReader.Event nextWithId(SseReader stream, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            SseReader.Event event = stream.next(1);
            if (event != null && id.equals(event.id())) {
                return event;
            }
        }
        return null;
    }
}
