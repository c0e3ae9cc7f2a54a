package dev.eschess.systemtest.computer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.SharedPostgres;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The computer opponent's process manager from outside, on the packaged servers (issue 16 point 4): with two
 * instances on one PostgreSQL the computer answers every move of the person exactly once, whichever instance the
 * person talks to; and a server killed right after the computer got its turn makes the move after it is started again.
 */
class ComputerOpponentProcessesIT {

    private static final int GAMES = 3;
    private static final int PERSON_MOVES = 3;
    private static final Duration REPLY_LIMIT = Duration.ofSeconds(20);

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoInstancesOnOnePostgres_whenPeoplePlayTheComputerThroughBoth_thenItRepliesExactlyOncePerTurn(
            Variant variant) throws InterruptedException {
        List<String> database = SharedPostgres.serverArgumentsForNewDatabase("computer_" + variant.id());
        try (PackagedServer first = PackagedServer.startFresh(variant,
                     GameServers.workDirectory().resolve("computer-" + variant.id() + "-first"), database);
             PackagedServer second = PackagedServer.startFresh(variant,
                     GameServers.workDirectory().resolve("computer-" + variant.id() + "-second"), database)) {
            List<ApiClient> instances = List.of(new ApiClient(first.base()), new ApiClient(second.base()));
            Random random = new Random(16);
            List<PersonVsComputer> games = new ArrayList<>();
            for (int game = 0; game < GAMES; game++) {
                games.add(PersonVsComputer.create(instances.get(game % 2), "white", 2));
            }
            for (int turn = 0; turn < PERSON_MOVES; turn++) {
                for (int game = 0; game < GAMES; game++) {
                    PersonVsComputer played = games.get(game);
                    JsonNode view = played.view(instances.get((game + turn) % 2));
                    if (!"active".equals(view.get("status").asText())) {
                        continue;
                    }
                    JsonNode legal = view.get("legalMoves");
                    String move = legal.get(random.nextInt(legal.size())).asText();
                    ApiClient.Response moved = played.play(instances.get((game + turn + 1) % 2), move);
                    assertThat(moved.status()).as("%s in game %d: %s", move, game, moved).isEqualTo(200);
                    int afterPersonsMove = moved.json().get("version").asInt();
                    JsonNode answered = awaitView(instances.get((game + turn) % 2), played.id(),
                            seen -> seen.get("version").asInt() > afterPersonsMove
                                    || !"active".equals(seen.get("status").asText()));
                    assertThat(answered).as("the computer's reply in game %d, turn %d", game, turn).isNotNull();
                }
            }
            for (PersonVsComputer played : games) {
                for (ApiClient instance : instances) {
                    assertExactlyOneReplyPerTurn(instance.get("/api/games/" + played.id() + "/events").json());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTheComputerIsToOpen_whenTheServerIsKilledAtOnce_thenTheRestartedServerMakesTheMove(Variant variant)
            throws InterruptedException {
        try (PackagedServer server = PackagedServer.startFresh(variant,
                GameServers.workDirectory().resolve("computer-crash-" + variant.id()))) {
            ApiClient api = new ApiClient(server.base());
            // Level 8 thinks for about a second: the process dies while the computer thinks or before it starts.
            PersonVsComputer game = PersonVsComputer.create(api, "black", 8);
            server.crash();
            Instant crashedAt = Instant.now();
            server.startAgain();

            JsonNode view = awaitView(api, game.id(), seen -> seen.get("moves").size() == 1);

            assertThat(view).as("the computer's opening after the restart").isNotNull();
            JsonNode events = api.get("/api/games/" + game.id() + "/events").json();
            assertExactlyOneReplyPerTurn(events);
            JsonNode opening = events.get(2);
            assertThat(opening.get("type").asText()).isEqualTo("MovePlayed");
            assertThat(Instant.parse(opening.get("occurredAt").asText()))
                    .as("decided by the restarted process").isAfter(crashedAt);
        }
    }

    /** After the joining, moves alternate colours, and the computer answered every move of the person that left
     * the game going. */
    private static void assertExactlyOneReplyPerTurn(JsonNode events) {
        List<String> types = StreamSupport.stream(events.spliterator(), false)
                .map(event -> event.get("type").asText()).toList();
        assertThat(types.subList(0, 2)).containsExactly("GameCreated", "PlayerJoined");
        List<JsonNode> moves = StreamSupport.stream(events.spliterator(), false)
                .filter(event -> event.get("type").asText().equals("MovePlayed")).toList();
        for (int ply = 0; ply < moves.size(); ply++) {
            assertThat(moves.get(ply).get("data").get("color").asText()).as("ply %d", ply + 1)
                    .isEqualTo(ply % 2 == 0 ? "white" : "black");
        }
        boolean ended = types.contains("GameEnded");
        String computerColor = events.get(1).get("data").get("color").asText();
        if (!ended) {
            String lastMover = moves.isEmpty() ? "none" : moves.getLast().get("data").get("color").asText();
            assertThat(lastMover).as("the computer had the last word: %s", types).isEqualTo(computerColor);
        }
        assertThat(types.subList(2, types.size())).as("nothing but moves and an ending: %s", types)
                .allMatch(type -> type.equals("MovePlayed") || type.equals("GameEnded"));
    }

    private static JsonNode awaitView(ApiClient api, String gameId, Predicate<JsonNode> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + REPLY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = api.get("/api/games/" + gameId).json();
            if (condition.test(view)) {
                return view;
            }
            Thread.sleep(50);
        }
        return null;
    }

    /** A game a person created against the computer, with the person's seat token. */
    private record PersonVsComputer(String id, String token) {

        static PersonVsComputer create(ApiClient api, String color, int level) {
            ApiClient.Response created = api.post("/api/games", "{\"playerName\": \"Ada\", \"color\": \"" + color
                    + "\", \"opponent\": {\"computer\": " + level + "}}");
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            return new PersonVsComputer(created.json().get("gameId").asText(),
                    created.json().get("playerToken").asText());
        }

        ApiClient.Response play(ApiClient api, String uci) {
            return api.post("/api/games/" + id + "/moves", "{\"move\": \"" + uci + "\"}",
                    "Authorization", "Bearer " + token);
        }

        JsonNode view(ApiClient api) {
            return api.get("/api/games/" + id).json();
        }
    }
}
