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
 * The computer as an opponent, written once for both variants (issue 16): over HTTP only, a person plays the
 * computer at level 1 and sees it reply by itself within {@link #REPLY_WITHIN}; the computer opens a game in which
 * it has White; it answers a person's draw offer; with two instances on one database it moves exactly once per
 * turn, whichever instance's process manager thinks; and one client address has only so many unfinished games against
 * it at once. Each test starts its instances on a fresh shared database. A variant extends this and starts its server
 * with its process manager running.
 */
public abstract class ComputerOpponentContract {

    /** How long a reply of the computer at level 1 may take (it thinks for about a millisecond). */
    protected static final Duration REPLY_WITHIN = Duration.ofSeconds(10);

    /** The person's moves as White, in order of preference; whatever the computer plays, one is legal (or any). */
    private static final List<String> PREFERRED_WHITE_MOVES = List.of("e2e4", "g1f3", "f1c4", "b1c3", "d2d4", "d2d3");

    /** A fresh database that the instances of one test share, as a JDBC URL. */
    protected abstract String newSharedDatabase();

    /**
     * One instance of the variant's server on that database, on a free port, with a web server, and with
     * {@code settings} ({@code --name=value}) over the test's own properties.
     */
    protected abstract ConfigurableApplicationContext startInstance(String databaseUrl, String... settings);

    /** The variant's name, for the printed figures. */
    protected abstract String variant();

    @Test
    void givenAPersonPlayingWhiteAgainstLevelOne_whenTheyMove_thenTheComputersReplyAppearsByItself() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            ComputerGame game = createAgainstComputer(api, "white");
            long movedAt = System.nanoTime();
            move(api, game, "e4");

            JsonNode replied = awaitView(api, game.id(), view -> view.get("moves").size() == 2, REPLY_WITHIN);
            long millis = (System.nanoTime() - movedAt) / 1_000_000;

            assertThat(replied.get("status").asText()).isEqualTo("active");
            assertThat(replied.get("turn").asText()).isEqualTo("white");
            assertThat(replied.get("moves").get(0).asText()).isEqualTo("e4");
            assertThat(movesBy(api, game.id(), "black")).isEqualTo(1);
            System.out.printf("%s: the computer at level 1 replied to e4 with %s, seen %d ms after the move%n",
                    variant(), replied.get("moves").get(1).asText(), millis);
        }
    }

    @Test
    void givenTheComputerHasWhite_whenTheGameIsCreated_thenItOpensByItself() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            ComputerGame game = createAgainstComputer(api, "black");
            assertThat(game.computer()).isEqualTo("white");

            JsonNode opened = awaitView(api, game.id(), view -> view.get("moves").size() == 1, REPLY_WITHIN);

            assertThat(opened.get("turn").asText()).isEqualTo("black");
            assertThat(opened.get("status").asText()).isEqualTo("active");
            move(api, game, opened.get("legalMoves").get(0).asText());
        }
    }

    @Test
    void givenAPersonOffersADraw_whenTheComputerAnswers_thenTheOfferIsNoLongerPending() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase())) {
            ApiClient api = api(instance);
            ComputerGame game = createAgainstComputer(api, "white");
            ApiClient.Response offered = api.post("/api/games/" + game.id() + "/draw-offer", "{}",
                    "Authorization", "Bearer " + game.token());
            assertThat(offered.status()).as("%s", offered).isEqualTo(200);
            assertThat(offered.json().get("drawOffer").asText()).isEqualTo("white");

            JsonNode answered = awaitView(api, game.id(), view -> view.get("drawOffer").isNull(), REPLY_WITHIN);

            List<String> types = eventTypes(api, game.id());
            if (answered.get("status").asText().equals("finished")) {
                assertThat(answered.get("result").asText()).isEqualTo("1/2-1/2");
                assertThat(answered.get("reason").asText()).isEqualTo("draw-agreement");
            } else {
                assertThat(types).as("the computer declined").endsWith("DrawOffered", "DrawOfferDeclined");
                assertThat(answered.get("moves")).as("the person is still to move").isEmpty();
            }
            System.out.printf("%s: the computer answered a draw offer at the start with %s%n", variant(),
                    types.getLast());
        }
    }

    @Test
    void givenTwoInstancesOnOneDatabase_whenFivePeoplePlayThreeMovesEach_thenTheComputerMovesExactlyOncePerTurn() {
        String database = newSharedDatabase();
        try (ConfigurableApplicationContext first = startInstance(database);
             ConfigurableApplicationContext second = startInstance(database)) {
            ApiClient[] instances = {api(first), api(second)};
            List<ComputerGame> games = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                games.add(createAgainstComputer(instances[i % 2], "white"));
            }
            for (int turn = 1; turn <= 3; turn++) {
                // Each person moves through the instance their game was not created on, and all five games wait
                // for the computer at once: two process managers, ten turns in flight.
                for (int i = 0; i < games.size(); i++) {
                    ApiClient api = instances[(i + 1) % 2];
                    JsonNode view = awaitView(api, games.get(i).id(), personToMove(2 * (turn - 1)), REPLY_WITHIN);
                    move(api, games.get(i), preferredMove(view));
                }
                for (int i = 0; i < games.size(); i++) {
                    awaitView(instances[(i + 1) % 2], games.get(i).id(), personToMove(2 * turn), REPLY_WITHIN);
                }
            }

            List<Long> computerMoves = new ArrayList<>();
            for (int i = 0; i < games.size(); i++) {
                ApiClient other = instances[i % 2];
                JsonNode view = other.get("/api/games/" + games.get(i).id()).json();
                assertThat(view.get("moves")).as("game %d as its creator's instance sees it", i).hasSize(6);
                computerMoves.add(movesBy(other, games.get(i).id(), "black"));
            }
            assertThat(computerMoves).as("the computer's MovePlayed events per game").containsOnly(3L);
            System.out.printf("%s: two instances, %d games of three turns, the computer moved exactly once per turn%n",
                    variant(), games.size());
        }
    }

    @Test
    void givenTwoInstances_whenAPersonMovesThroughOne_thenTheySeeTheComputersReplyThroughThatOne() {
        String database = newSharedDatabase();
        try (ConfigurableApplicationContext first = startInstance(database);
             ConfigurableApplicationContext second = startInstance(database)) {
            ApiClient here = api(first);
            ComputerGame game = createAgainstComputer(api(second), "white");

            for (int turn = 1; turn <= 3; turn++) {
                JsonNode view = awaitView(here, game.id(), personToMove(2 * (turn - 1)), REPLY_WITHIN);
                move(here, game, preferredMove(view));

                JsonNode replied = awaitView(here, game.id(), personToMove(2 * turn), REPLY_WITHIN);

                assertThat(replied.get("status").asText()).isEqualTo("active");
            }
            assertThat(movesBy(here, game.id(), "black")).isEqualTo(3);
        }
    }

    @Test
    void givenAPersonWithTwoUnfinishedGamesAgainstTheComputer_whenTheyAskForAThird_thenItIsRefusedUntilTheyResignOne() {
        try (ConfigurableApplicationContext instance = startInstance(newSharedDatabase(),
                "--eschess.web.computer-games-per-client=2")) {
            ApiClient api = api(instance);
            ComputerGame first = createAgainstComputer(api, "white");
            ComputerGame second = createAgainstComputer(api, "white");

            ApiClient.Response refused = api.post("/api/games",
                    "{\"playerName\": \"Refused\", \"opponent\": {\"computer\": 1}}");

            assertThat(refused.status()).as("%s", refused).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asText()).isEqualTo("too-many-computer-games");
            assertThat(refused.header("Location")).as("no game was created").isEmpty();

            ApiClient.Response resigned = api.post("/api/games/" + first.id() + "/resign", "{}",
                    "Authorization", "Bearer " + first.token());
            assertThat(resigned.status()).as("%s", resigned).isEqualTo(200);
            ComputerGame third = createAgainstComputer(api, "white");

            // The lobby may lag: once it lists the game created after the refusal, it would list a refused one too.
            JsonNode lobby = awaitLobby(api, rows -> ids(rows).contains(third.id()));
            assertThat(ids(lobby)).contains(first.id(), second.id(), third.id());
            assertThat(names(lobby)).as("no game of the refused request").doesNotContain("Refused");
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A game against the computer at level 1: the person's token and colour, and the computer's colour.
     *
     * @param id       the game
     * @param token    the person's seat token
     * @param person   the person's colour
     * @param computer the computer's colour
     */
    protected record ComputerGame(String id, String token, String person, String computer) {
    }

    private static ApiClient api(ConfigurableApplicationContext instance) {
        return new ApiClient(URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port")));
    }

    private static ComputerGame createAgainstComputer(ApiClient api, String color) {
        ApiClient.Response created = api.post("/api/games",
                "{\"playerName\": \"Ada\", \"color\": \"" + color + "\", \"opponent\": {\"computer\": 1}}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode game = created.json().get("game");
        assertThat(game.get("status").asText()).as("%s", created).isEqualTo("active");
        String computer = color.equals("white") ? "black" : "white";
        assertThat(game.get(computer).get("computer").get("level").asInt()).isEqualTo(1);
        return new ComputerGame(created.json().get("gameId").asText(), created.json().get("playerToken").asText(),
                color, computer);
    }

    /** The person's move, which must be played. */
    private static void move(ApiClient api, ComputerGame game, String move) {
        ApiClient.Response answer = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"" + move + "\"}",
                "Authorization", "Bearer " + game.token());
        assertThat(answer.status()).as("%s in game %s: %s", move, game.id(), answer).isEqualTo(200);
    }

    /** An active game in which {@code moves} moves were played (the person, who has White, is then to move). */
    private static Predicate<JsonNode> personToMove(int moves) {
        return view -> view.get("moves").size() >= moves && view.get("turn").asText().equals("white")
                || !view.get("status").asText().equals("active");
    }

    /** The first of the person's preferred moves that is legal now, else the first legal move. */
    private static String preferredMove(JsonNode view) {
        assertThat(view.get("status").asText()).as("%s", view).isEqualTo("active");
        List<String> legal = new ArrayList<>();
        view.get("legalMoves").forEach(move -> legal.add(move.asText()));
        return PREFERRED_WHITE_MOVES.stream().filter(legal::contains).findFirst().orElse(legal.getFirst());
    }

    /** How many MovePlayed events of {@code color} the game's stream holds. */
    private static long movesBy(ApiClient api, String gameId, String color) {
        long moves = 0;
        for (JsonNode event : api.get("/api/games/" + gameId + "/events").json()) {
            if (event.get("type").asText().equals("MovePlayed")
                    && event.get("data").get("color").asText().equals(color)) {
                moves++;
            }
        }
        return moves;
    }

    /** Polls the lobby every 25 ms until it matches; fails after {@link #REPLY_WITHIN}. */
    private static JsonNode awaitLobby(ApiClient api, Predicate<JsonNode> matches) {
        long deadline = System.nanoTime() + REPLY_WITHIN.toNanos();
        JsonNode rows = api.get("/api/games?limit=200").json();
        while (!matches.test(rows) && System.nanoTime() < deadline) {
            pause();
            rows = api.get("/api/games?limit=200").json();
        }
        assertThat(matches.test(rows)).as("the lobby within %s: %s", REPLY_WITHIN, rows).isTrue();
        return rows;
    }

    private static List<String> ids(JsonNode lobby) {
        List<String> ids = new ArrayList<>();
        lobby.forEach(row -> ids.add(row.get("gameId").asText()));
        return ids;
    }

    /** The names of the players of the listed games, at either colour. */
    private static List<String> names(JsonNode lobby) {
        List<String> names = new ArrayList<>();
        lobby.forEach(row -> List.of("white", "black")
                .forEach(color -> names.add(row.path(color).path("name").asText())));
        return names;
    }

    private static List<String> eventTypes(ApiClient api, String gameId) {
        List<String> types = new ArrayList<>();
        api.get("/api/games/" + gameId + "/events").json().forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private static JsonNode view(ApiClient api, String gameId) {
        ApiClient.Response response = api.get("/api/games/" + gameId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Polls the game's view every 25 ms until it matches; fails when {@code within} has passed. */
    private static JsonNode awaitView(ApiClient api, String gameId, Predicate<JsonNode> matches, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = view(api, gameId);
        while (!matches.test(last) && System.nanoTime() < deadline) {
            pause();
            last = view(api, gameId);
        }
        assertThat(matches.test(last)).as("game %s within %s: %s", gameId, within, last).isTrue();
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
