package dev.eschess.systemtest.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.SharedPostgres;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.SseReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The deployment the README describes, from outside: two packaged instances of one variant on one PostgreSQL, any
 * instance answering any request. A move made through either instance reaches the live streams of both (its delay is
 * printed as p50/p99/max), both lobbies agree, and two instances racing on one game store one move.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesOnOnePostgresIT {

    private static final int PLIES = 60;

    private final Map<Variant, List<PackagedServer>> running = new EnumMap<>(Variant.class);

    /** The two instances of {@code variant}, started on its own fresh database on first use. */
    private synchronized List<ApiClient> twoInstances(Variant variant) {
        List<PackagedServer> servers = running.computeIfAbsent(variant, v -> {
            List<String> database = SharedPostgres.serverArgumentsForNewDatabase("instances_" + v.id());
            List<PackagedServer> started = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                started.add(PackagedServer.startFresh(v,
                        GameServers.workDirectory().resolve("instances-" + v.id() + "-" + name), database));
            }
            return started;
        });
        return servers.stream().map(server -> new ApiClient(server.base())).toList();
    }

    @AfterAll
    void stopAll() {
        running.values().forEach(servers -> servers.forEach(PackagedServer::close));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoInstances_whenMovesAlternateBetweenThem_thenEveryMoveReachesTheStreamsOfBoth(Variant variant)
            throws InterruptedException {
        List<ApiClient> instances = twoInstances(variant);
        Random random = new Random(7);
        List<Long> otherInstanceMillis = new ArrayList<>();
        while (otherInstanceMillis.size() < PLIES) {
            TwoSeats game = TwoSeats.createdOnFirstJoinedOnSecond(instances);
            try (SseReader onFirst = stream(instances.get(0), game.id());
                 SseReader onSecond = stream(instances.get(1), game.id())) {
                List<SseReader> streams = List.of(onFirst, onSecond);
                JsonNode view = game.view(instances.get(0));
                assertThat(nextWithVersion(onFirst, 2)).isPresent();
                assertThat(nextWithVersion(onSecond, 2)).isPresent();
                while ("active".equals(view.get("status").asText()) && otherInstanceMillis.size() < PLIES) {
                    int mover = otherInstanceMillis.size() % 2;
                    JsonNode legal = view.get("legalMoves");
                    String move = legal.get(random.nextInt(legal.size())).asText();
                    long start = System.nanoTime();
                    ApiClient.Response moved = game.play(instances.get(mover), view.get("turn").asText(), move);
                    assertThat(moved.status()).as("%s on instance %d: %s", move, mover + 1, moved).isEqualTo(200);
                    view = moved.json();
                    int version = view.get("version").asInt();
                    Optional<SseReader.Event> seen = nextWithVersion(streams.get(1 - mover), version);
                    otherInstanceMillis.add((System.nanoTime() - start) / 1_000_000);
                    assertThat(seen).as("%s made on instance %d, live on the other", move, mover + 1).isPresent();
                    assertThat(ApiClient.parse(seen.orElseThrow().data()).get("version").asInt()).isEqualTo(version);
                    assertThat(nextWithVersion(streams.get(mover), version)).as("live on the mover's own").isPresent();
                }
            }
        }
        Collections.sort(otherInstanceMillis);
        System.out.printf(Locale.ROOT, "%s, two packaged instances on one PostgreSQL: a move reached the other"
                        + " instance's stream in p50 %d ms, p99 %d ms, max %d ms over %d moves%n", variant.id(),
                percentile(otherInstanceMillis, 0.50), percentile(otherInstanceMillis, 0.99),
                otherInstanceMillis.getLast(), otherInstanceMillis.size());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoInstances_whenAGameIsCreatedOnOneAndJoinedOnTheOther_thenBothLobbiesShowEachStep(Variant variant)
            throws InterruptedException {
        List<ApiClient> instances = twoInstances(variant);
        ApiClient.Response created = instances.get(0).post("/api/games", "{\"playerName\": \"Lobbyist\"}");
        String gameId = created.json().get("gameId").asText();

        for (ApiClient instance : instances) {
            assertThat(eventuallyListed(instance, "waiting", gameId)).as("waiting on %s", instance.base()).isTrue();
        }
        assertThat(instances.get(1).post("/api/games/" + gameId + "/players", "{\"playerName\": \"Joiner\"}")
                .status()).isEqualTo(201);
        for (ApiClient instance : instances) {
            assertThat(eventuallyListed(instance, "active", gameId)).as("active on %s", instance.base()).isTrue();
            assertThat(ids(instance.get("/api/games?status=waiting&limit=200").json())).doesNotContain(gameId);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoInstances_whenEachGetsAMoveOfTheSameSideAtOnce_thenOneIsStoredAndTheOtherRefused(Variant variant)
            throws Exception {
        List<ApiClient> instances = twoInstances(variant);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                TwoSeats game = TwoSeats.createdOnFirstJoinedOnSecond(instances);
                game.view(instances.get(0));
                game.view(instances.get(1)); // both instances have the game in their caches before the race
                Callable<ApiClient.Response> onFirst = () -> game.play(instances.get(0), "white", "e4");
                Callable<ApiClient.Response> onSecond = () -> game.play(instances.get(1), "white", "d4");
                List<Future<ApiClient.Response>> answers = threads.invokeAll(List.of(onFirst, onSecond));
                List<Integer> statuses = new ArrayList<>();
                for (Future<ApiClient.Response> answer : answers) {
                    statuses.add(answer.get().status());
                }
                Collections.sort(statuses);
                assertThat(statuses).as("round %d", round).containsExactly(200, 409);
                for (ApiClient instance : instances) {
                    JsonNode events = instance.get("/api/games/" + game.id() + "/events").json();
                    assertThat(events).as("round %d on %s", round, instance.base()).hasSize(3);
                    assertThat(game.view(instance).get("moves")).hasSize(1);
                }
            }
        }
    }

    private static SseReader stream(ApiClient instance, String gameId) {
        return new SseReader(instance.http(), instance.request("/api/games/" + gameId + "/stream").GET().build());
    }

    /** The next event of the stream showing this version, skipping older ones; empty if none comes within 5 s. */
    private static Optional<SseReader.Event> nextWithVersion(SseReader stream, int version)
            throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            SseReader.Event event = stream.next(1);
            if (event != null && String.valueOf(version).equals(event.id())) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static boolean eventuallyListed(ApiClient instance, String status, String gameId)
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (ids(instance.get("/api/games?status=" + status + "&limit=200").json()).contains(gameId)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static List<String> ids(JsonNode lobby) {
        return StreamSupport.stream(lobby.spliterator(), false).map(row -> row.get("gameId").asText()).toList();
    }

    private static long percentile(List<Long> sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** A game created (as white) through the first instance and joined (as black) through the second. */
    private record TwoSeats(String id, String whiteToken, String blackToken) {

        static TwoSeats createdOnFirstJoinedOnSecond(List<ApiClient> instances) {
            JsonNode created = instances.get(0).post("/api/games", "{\"playerName\": \"Ada\"}").json();
            String id = created.get("gameId").asText();
            JsonNode joined = instances.get(1).post("/api/games/" + id + "/players", "{\"playerName\": \"Bob\"}")
                    .json();
            return new TwoSeats(id, created.get("playerToken").asText(), joined.get("playerToken").asText());
        }

        ApiClient.Response play(ApiClient instance, String color, String uci) {
            return instance.post("/api/games/" + id + "/moves", "{\"move\": \"" + uci + "\"}",
                    "Authorization", "Bearer " + ("white".equals(color) ? whiteToken : blackToken));
        }

        JsonNode view(ApiClient instance) {
            return instance.get("/api/games/" + id).json();
        }
    }
}
