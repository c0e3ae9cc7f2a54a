package dev.eschess.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadlines, written once for both variants (issue 13): a flag falls and a waiting game expires by itself, without
 * any request; a move in time supersedes the flag-fall deadline; a deadline scheduled before a restart fires after
 * it; with two instances on one database each deadline ends its game exactly once. Every instance runs on a fresh
 * shared database with a short waiting time, so each test stands alone. A variant extends this and starts its server.
 */
public abstract class DeadlinesContract {

    /** The waiting time every instance here is started with (the default is an hour). */
    protected static final Duration WAITING_TIME = Duration.ofSeconds(2);

    /** A fresh database that the instances of one test share, as a JDBC URL. */
    protected abstract String newSharedDatabase();

    /**
     * One instance of the variant's server on that database, on a free port, with a web server and
     * {@code eschess.games.expire-waiting-after} set to {@link #WAITING_TIME}.
     */
    protected abstract ConfigurableApplicationContext startInstance(String databaseUrl);

    /** The variant's name, for the printed figures. */
    protected abstract String variant();

    @Test
    void givenAOneSecondClockWhenWhiteHasMovedAndBlackWaitsThenTheGameEndsOnTimeWithinOneSecondWithoutARequest() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            StartedGame game = startGame(api, "{\"clock\": {\"limit\": 1, \"increment\": 0}}");
            long movedAt = System.nanoTime();
            assertThat(move(api, game, game.whiteToken(), "e4").status()).isEqualTo(200);

            JsonNode ended = awaitView(api, game.id(), view -> view.get("status").asText().equals("finished"),
                    Duration.ofSeconds(3));
            long lateMillis = (System.nanoTime() - movedAt) / 1_000_000 - 1_000;

            assertThat(ended.get("reason").asText()).isEqualTo("timeout");
            assertThat(ended.get("result").asText()).isEqualTo("1-0");
            assertThat(ended.get("clock").get("black").asLong()).isZero();
            assertThat(ended.get("clock").get("running").isNull()).isTrue();
            assertThat(lateMillis).as("seen finished this long after Black's time ran out").isLessThan(1_000);
            System.out.printf("%s: the flag fell by itself; the game was seen finished %d ms after the time ran out%n",
                    variant(), lateMillis);
        }
    }

    @Test
    void givenAWaitingGameWhenNobodyJoinsWithinTheWaitingTimeThenTheServerEndsItWithoutAResult() throws Exception {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            String waiting = api.post("/api/games", "{\"playerName\": \"Ada\"}").json().get("gameId").asText();
            String joined = startGame(api, "{\"playerName\": \"Ada\"}").id();

            JsonNode ended = awaitView(api, waiting, view -> view.get("status").asText().equals("finished"),
                    WAITING_TIME.plusSeconds(3));

            assertThat(ended.get("reason").asText()).isEqualTo("no-opponent");
            assertThat(ended.get("result").asText()).isEqualTo("*");
            assertThat(view(api, joined).get("status").asText()).isEqualTo("active");
            assertThat(lobbyStatus(api, waiting)).isEqualTo("finished");
        }
    }

    @Test
    void givenAMoveInTimeWhenTheEarlierFlagFallDeadlinePassesThenTheGameGoesOnUntilTheNewOne() throws Exception {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            StartedGame game = startGame(api, "{\"clock\": {\"limit\": 2, \"increment\": 0}}");
            long whiteMoved = System.nanoTime();
            assertThat(move(api, game, game.whiteToken(), "e4").status()).isEqualTo(200);
            Thread.sleep(1_000);
            assertThat(move(api, game, game.blackToken(), "e5").status()).isEqualTo(200);

            sleepUntil(whiteMoved, Duration.ofMillis(2_600));
            JsonNode after = view(api, game.id());

            assertThat(after.get("status").asText()).as("Black's old deadline has passed").isEqualTo("active");
            JsonNode ended = awaitView(api, game.id(), view -> view.get("status").asText().equals("finished"),
                    Duration.ofSeconds(3));
            assertThat(ended.get("reason").asText()).isEqualTo("timeout");
            assertThat(ended.get("result").asText()).as("White ran out of time").isEqualTo("0-1");
        }
    }

    @Test
    void givenAFlagFallDeadlineScheduledBeforeARestartWhenTheServerIsBackThenItFires() throws Exception {
        String database = newSharedDatabase();
        StartedGame game;
        try (ConfigurableApplicationContext before = startInstance(database)) {
            ApiClient api = api(before);
            game = startGame(api, "{\"clock\": {\"limit\": 2, \"increment\": 0}}");
            assertThat(move(api, game, game.whiteToken(), "e4").status()).isEqualTo(200);
        }
        Thread.sleep(2_500);
        try (ConfigurableApplicationContext after = startInstance(database)) {
            ApiClient api = api(after);
            JsonNode ended = awaitView(api, game.id(), view -> view.get("status").asText().equals("finished"),
                    Duration.ofSeconds(5));

            assertThat(ended.get("reason").asText()).isEqualTo("timeout");
            assertThat(ended.get("result").asText()).isEqualTo("1-0");
        }
    }

    @Test
    void givenTwoInstancesOnOneDatabaseWhenFlagsFallThenEachGameEndsExactlyOnce() {
        String database = newSharedDatabase();
        try (ConfigurableApplicationContext first = startInstance(database);
             ConfigurableApplicationContext second = startInstance(database)) {
            ApiClient[] instances = {api(first), api(second)};
            List<String> games = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ApiClient api = instances[i % 2];
                StartedGame game = startGame(api, "{\"clock\": {\"limit\": 1, \"increment\": 0}}");
                assertThat(move(api, game, game.whiteToken(), "e4").status()).isEqualTo(200);
                games.add(game.id());
            }
            List<Long> endings = new ArrayList<>();
            for (String gameId : games) {
                awaitView(instances[0], gameId, view -> view.get("status").asText().equals("finished"),
                        Duration.ofSeconds(5));
                JsonNode events = instances[1].get("/api/games/" + gameId + "/events").json();
                long ended = 0;
                for (JsonNode event : events) {
                    if (event.get("type").asText().equals("GameEnded")) {
                        ended++;
                    }
                }
                endings.add(ended);
            }

            assertThat(endings).as("GameEnded events per game").containsOnly(1L);
            System.out.printf("%s: two instances, %d flag falls, each game ended exactly once%n", variant(),
                    games.size());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A started game: both seats' tokens. */
    protected record StartedGame(String id, String whiteToken, String blackToken) {
    }

    private static ApiClient api(ConfigurableApplicationContext instance) {
        return new ApiClient(URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port")));
    }

    private static StartedGame startGame(ApiClient api, String createBody) {
        ApiClient.Response created = api.post("/api/games", createBody);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String gameId = created.json().get("gameId").asText();
        ApiClient.Response joined = api.post("/api/games/" + gameId + "/players", "{\"playerName\": \"Bob\"}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        return new StartedGame(gameId, created.json().get("playerToken").asText(),
                joined.json().get("playerToken").asText());
    }

    private static ApiClient.Response move(ApiClient api, StartedGame game, String token, String move) {
        return api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"" + move + "\"}",
                "Authorization", "Bearer " + token);
    }

    private static JsonNode view(ApiClient api, String gameId) {
        ApiClient.Response response = api.get("/api/games/" + gameId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The game's status in the lobby once it is {@code finished}, or what it shows after two seconds. */
    private static String lobbyStatus(ApiClient api, String gameId) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        String status = "absent";
        while (!status.equals("finished") && System.nanoTime() < deadline) {
            for (JsonNode entry : api.get("/api/games").json()) {
                if (entry.get("gameId").asText().equals(gameId)) {
                    status = entry.get("status").asText();
                }
            }
            Thread.sleep(25);
        }
        return status;
    }

    /** Polls the game's view every 25 ms until it matches; fails when {@code within} has passed. */
    private static JsonNode awaitView(ApiClient api, String gameId, Predicate<JsonNode> matches, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = view(api, gameId);
        while (!matches.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = view(api, gameId);
        }
        assertThat(matches.test(last)).as("game %s within %s: %s", gameId, within, last).isTrue();
        return last;
    }

    private static void sleepUntil(long startNanos, Duration after) throws InterruptedException {
        long left = startNanos + after.toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
