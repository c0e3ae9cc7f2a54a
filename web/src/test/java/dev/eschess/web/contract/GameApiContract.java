package dev.eschess.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.web.contract.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP contract of issue 6, written once. An application module extends this class with its own
 * {@code @SpringBootTest(classes = TheApplication.class, webEnvironment = RANDOM_PORT, properties = ...)}; every
 * case then runs against that application over real HTTP. The restart case starts further instances of the same
 * application class on the same database, with the test's inlined and dynamic properties (ADR 0036).
 *
 * <p>Read models may lag behind commands in a variant (the lobby is fed by a subscription), so lobby cases poll.
 */
@Import(SeatInsertFailures.class)
public abstract class GameApiContract {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SeatInsertFailures seatFailures;

    protected ApiClient api;

    /** A seat from a create or join response. */
    protected record Seat(String gameId, String color, String token, JsonNode game) {
        String bearer() {
            return "Bearer " + token;
        }
    }

    /** Two seated players of an active game. */
    protected record Game(String id, Seat white, Seat black) {
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(URI.create("http://localhost:" + port + "/"));
    }

    // ================================================================== resources

    @Test
    void creatingAGameAnswers201WithLocationTokenAndAWaitingGame() {
        Response created = api.post("/api/games", "{\"playerName\": \"Ada\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith(JSON);
        JsonNode body = created.json();
        String gameId = body.get("gameId").asText();
        assertThat(created.header("Location")).contains("/api/games/" + gameId);
        assertThat(body.get("color").asText()).isEqualTo("white");
        assertThat(body.get("playerToken").asText()).hasSizeGreaterThanOrEqualTo(22);
        JsonNode game = body.get("game");
        assertThat(game.get("gameId").asText()).isEqualTo(gameId);
        assertThat(game.get("version").asLong()).isEqualTo(1);
        assertThat(game.get("status").asText()).isEqualTo("waiting");
        assertThat(game.get("white").get("name").asText()).isEqualTo("Ada");
        assertThat(game.get("black").isNull()).isTrue();
        assertThat(game.get("legalMoves")).isEmpty();
        assertThat(game.get("result").isNull()).isTrue();
    }

    @Test
    void aGameViewHasEveryFieldOfTheContract() {
        JsonNode game = create("{}").game();

        assertThat(fieldNames(game)).contains("gameId", "version", "status", "fen", "turn", "white", "black", "moves",
                "legalMoves", "check", "drawOffer", "offeredSinceOwnMove", "claimableDraw", "result", "reason");
        assertThat(game.get("fen").asText()).isEqualTo("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1");
        assertThat(game.get("turn").asText()).isEqualTo("white");
        assertThat(game.get("check").asBoolean()).isFalse();
        assertThat(game.get("drawOffer").isNull()).isTrue();
        assertThat(game.get("offeredSinceOwnMove")).isEmpty();
        assertThat(game.get("claimableDraw").isNull()).isTrue();
        assertThat(game.get("reason").isNull()).isTrue();
    }

    @Test
    void aCreatorWithoutBodyPlaysWhite() {
        Response created = api.post("/api/games", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("color").asText()).isEqualTo("white");
    }

    @Test
    void aCreatorWhoChoosesBlackSitsAtBlack() {
        Seat seat = create("{\"playerName\": \"Bo\", \"color\": \"black\"}");

        assertThat(seat.color()).isEqualTo("black");
        assertThat(seat.game().get("black").get("name").asText()).isEqualTo("Bo");
        assertThat(seat.game().get("white").isNull()).isTrue();
    }

    @Test
    void aRandomColourIsWhiteOrBlackAndTheJoinerGetsTheOther() {
        Seat creator = create("{\"color\": \"random\"}");
        Seat joiner = join(creator.gameId(), "Joe");

        assertThat(creator.color()).isIn("white", "black");
        assertThat(joiner.color()).isEqualTo(creator.color().equals("white") ? "black" : "white");
    }

    @Test
    void aGameCanStartFromAFen() {
        String fen = "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1";
        Seat seat = create("{\"fen\": \"" + fen + "\"}");

        assertThat(seat.game().get("fen").asText()).isEqualTo(fen);
    }

    @Test
    void joiningAnswers201WithTheOtherColourAndAnActiveGame() {
        Seat creator = create("{\"playerName\": \"Ada\"}");

        Response joined = api.post("/api/games/" + creator.gameId() + "/players", "{\"playerName\": \"Bob\"}");

        assertThat(joined.status()).isEqualTo(201);
        JsonNode body = joined.json();
        assertThat(body.get("gameId").asText()).isEqualTo(creator.gameId());
        assertThat(body.get("color").asText()).isEqualTo("black");
        assertThat(body.get("playerToken").asText()).isNotEqualTo(creator.token());
        JsonNode game = body.get("game");
        assertThat(game.get("status").asText()).isEqualTo("active");
        assertThat(game.get("version").asLong()).isEqualTo(2);
        assertThat(game.get("black").get("name").asText()).isEqualTo("Bob");
        assertThat(game.get("legalMoves")).hasSize(20);
    }

    @Test
    void legalMovesAreSortedUci() {
        Game game = startGame();

        List<String> legal = texts(view(game.id()).get("legalMoves"));

        assertThat(legal).isSorted().contains("e2e4", "g1f3").hasSize(20);
    }

    @Test
    void aMoveInUciOrSanAnswersTheViewWithItsEffect() {
        Game game = startGame();

        Response first = move(game.id(), game.white(), "e2e4");
        Response second = move(game.id(), game.black(), "e5");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).contains("\"3\"");
        assertThat(second.status()).isEqualTo(200);
        JsonNode view = second.json();
        assertThat(view.get("version").asLong()).isEqualTo(4);
        assertThat(texts(view.get("moves"))).containsExactly("e4", "e5");
        assertThat(view.get("turn").asText()).isEqualTo("white");
        assertThat(view.get("fen").asText()).isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");
    }

    @Test
    void promotionsAndCastlingAreAcceptedInBothNotations() {
        String fen = "k7/4P3/8/8/8/8/8/4K2R w K - 0 1";
        Game uci = startGame("{\"fen\": \"" + fen + "\"}");
        Game san = startGame("{\"fen\": \"" + fen + "\"}");

        assertThat(move(uci.id(), uci.white(), "e7e8q").status()).isEqualTo(200);
        assertThat(move(san.id(), san.white(), "e8=Q").status()).isEqualTo(200);
        assertThat(move(san.id(), san.black(), "Kb7").status()).isEqualTo(200);
        Response castled = move(san.id(), san.white(), "O-O");

        assertThat(texts(view(uci.id()).get("moves"))).containsExactly("e8=Q+");
        assertThat(castled.status()).isEqualTo(200);
        assertThat(texts(castled.json().get("moves"))).containsExactly("e8=Q+", "Kb7", "O-O");
    }

    @Test
    void getAnswersTheViewWithTheVersionAsETag() {
        Game game = startGame();
        move(game.id(), game.white(), "d4");

        Response got = api.get("/api/games/" + game.id());

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("ETag")).contains("\"3\"");
        assertThat(got.json().get("version").asLong()).isEqualTo(3);
        assertThat(texts(got.json().get("moves"))).containsExactly("d4");
    }

    @Test
    void atVersionShowsTheGameAfterItsFirstNEvents() {
        Game game = startGame();
        move(game.id(), game.white(), "e4");
        move(game.id(), game.black(), "c5");

        Response first = api.get("/api/games/" + game.id() + "?atVersion=1");
        Response third = api.get("/api/games/" + game.id() + "?atVersion=3");

        assertThat(first.json().get("status").asText()).isEqualTo("waiting");
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(first.header("ETag")).contains("\"1\"");
        assertThat(texts(third.json().get("moves"))).containsExactly("e4");
        assertThat(third.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void atVersionOutsideTheStreamIsMalformed() {
        Game game = startGame();

        assertProblem(api.get("/api/games/" + game.id() + "?atVersion=3"), 400, "malformed-request");
        assertProblem(api.get("/api/games/" + game.id() + "?atVersion=0"), 400, "malformed-request");
        assertProblem(api.get("/api/games/" + game.id() + "?atVersion=two"), 400, "malformed-request");
        assertProblem(api.get("/api/games/" + game.id() + "?atVersion=-1"), 400, "malformed-request");
        assertProblem(api.get("/api/games/" + game.id() + "?atVersion=99999999999999999999"), 400,
                "malformed-request");
    }

    @Test
    void eventsListTheWholeStreamInOrderWithoutSecrets() {
        Seat creator = create("{\"playerName\": \"Ada\"}");
        Seat joiner = join(creator.gameId(), "Bob");
        move(creator.gameId(), creator, "e4");

        Response events = api.get("/api/games/" + creator.gameId() + "/events");

        assertThat(events.status()).isEqualTo(200);
        JsonNode list = events.json();
        assertThat(list).hasSize(3);
        assertThat(list.size()).isEqualTo(view(creator.gameId()).get("version").asInt());
        assertThat(StreamSupport.stream(list.spliterator(), false).map(e -> e.get("type").asText()).toList())
                .containsExactly("GameCreated", "PlayerJoined", "MovePlayed");
        assertThat(list.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(list.get(2).get("version").asLong()).isEqualTo(3);
        assertThat(list.get(2).get("occurredAt").asText()).isNotBlank();
        assertThat(list.get(2).get("data").get("san").asText()).isEqualTo("e4");
        assertThat(list.get(2).get("data").get("uci").asText()).isEqualTo("e2e4");
        assertThat(events.body()).doesNotContain(creator.token()).doesNotContain(joiner.token());
    }

    @Test
    void eventsAfterAVersionAreOnlyTheLaterOnesAndALimitCutsThePage() {
        Game game = startGame();
        move(game.id(), game.white(), "e4");
        String events = "/api/games/" + game.id() + "/events";

        assertThat(versions(api.get(events + "?after=1").json())).containsExactly(2L, 3L);
        assertThat(versions(api.get(events + "?after=1&limit=1").json())).containsExactly(2L);
        assertThat(versions(api.get(events + "?limit=2").json())).containsExactly(1L, 2L);
        assertThat(versions(api.get(events + "?after=0").json())).containsExactly(1L, 2L, 3L);
        assertThat(api.get(events + "?after=3").json()).isEmpty();
        assertThat(api.get(events + "?after=99").json()).isEmpty();
    }

    @Test
    void eventPagesOutsideTheirBoundsAreMalformed() {
        Game game = startGame();
        String events = "/api/games/" + game.id() + "/events";

        assertProblem(api.get(events + "?after=-1"), 400, "malformed-request");
        assertProblem(api.get(events + "?after=two"), 400, "malformed-request");
        assertProblem(api.get(events + "?limit=0"), 400, "malformed-request");
        assertProblem(api.get(events + "?limit=1001"), 400, "malformed-request");
        assertProblem(api.get("/api/games/no-such-game/events?after=1"), 404, "game-not-found");
    }

    private static List<Long> versions(JsonNode events) {
        return StreamSupport.stream(events.spliterator(), false).map(event -> event.get("version").asLong()).toList();
    }

    @Test
    void pgnIsTheGameSoFar() {
        Game game = startGame("{\"playerName\": \"Ada\"}");
        move(game.id(), game.white(), "e4");
        move(game.id(), game.black(), "e5");

        Response pgn = api.get("/api/games/" + game.id() + "/pgn");

        assertThat(pgn.status()).isEqualTo(200);
        assertThat(pgn.contentType()).startsWith("application/x-chess-pgn");
        assertThat(pgn.body()).contains("[White \"Ada\"]").contains("[Result \"*\"]").contains("1. e4 e5");
    }

    @Test
    void theStreamSendsTheCurrentViewThenEveryChangeToASecondClient() throws Exception {
        Game game = startGame();
        HttpRequest request = api.request("/api/games/" + game.id() + "/stream", "Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(1)).GET().build();
        try (SseReader spectator = new SseReader(api.http(), request)) {
            assertThat(spectator.status()).isEqualTo(200);
            assertThat(spectator.contentType()).startsWith("text/event-stream");
            SseReader.Event current = spectator.next(10);
            assertThat(current).isNotNull();
            assertThat(current.id()).isEqualTo("2");

            move(game.id(), game.white(), "e4");
            SseReader.Event moved = spectator.next(10);

            assertThat(moved).isNotNull();
            assertThat(moved.id()).isEqualTo("3");
            JsonNode view = ApiClient.parse(moved.data());
            assertThat(texts(view.get("moves"))).containsExactly("e4");
            assertThat(view.get("version").asLong()).isEqualTo(3);
        }
    }

    @Test
    void theLobbyListsGamesNewestFirstAndFiltersByStatus() throws Exception {
        Seat older = create("{\"playerName\": \"Old\"}");
        Thread.sleep(5);
        Seat newer = create("{\"playerName\": \"New\"}");
        Game active = startGame("{\"playerName\": \"Act\"}");
        move(active.id(), active.white(), "e4");

        // The lobby is a projection that may lag, and a variant may project different games in parallel: wait
        // until the joined game has left the waiting list rather than assume it has.
        JsonNode waiting = eventually(() -> api.get("/api/games?status=waiting&limit=200").json(),
                list -> ids(list).containsAll(List.of(older.gameId(), newer.gameId()))
                        && !ids(list).contains(active.id()));
        JsonNode playing = eventually(() -> api.get("/api/games?status=active&limit=200").json(),
                list -> entry(list, active.id()) != null && entry(list, active.id()).get("moveCount").asInt() == 1);

        List<String> waitingIds = ids(waiting);
        assertThat(waitingIds.indexOf(newer.gameId())).isLessThan(waitingIds.indexOf(older.gameId()));
        assertThat(waitingIds).doesNotContain(active.id());
        JsonNode row = entry(playing, active.id());
        assertThat(row.get("status").asText()).isEqualTo("active");
        assertThat(row.get("white").get("name").asText()).isEqualTo("Act");
        assertThat(row.get("black").get("name").asText()).isEqualTo("Opponent");
        assertThat(fieldNames(row)).contains("gameId", "status", "white", "black", "moveCount", "result", "reason",
                "lastChange");
        assertThat(api.get("/api/games?limit=1").json()).hasSize(1);
    }

    @Test
    void theLobbyRefusesAnUnknownStatusOrLimit() {
        assertProblem(api.get("/api/games?status=paused"), 400, "malformed-request");
        assertProblem(api.get("/api/games?limit=0"), 400, "malformed-request");
        assertProblem(api.get("/api/games?limit=many"), 400, "malformed-request");
        assertProblem(api.get("/api/games?limit=-1"), 400, "malformed-request");
        assertProblem(api.get("/api/games?limit=201"), 400, "malformed-request");
    }

    // ================================================================== clocks (issue 13)

    @Test
    void aGameWithoutAClockHasANullClockInItsViewItsLobbyEntryAndItsCreatedEvent() throws Exception {
        Seat seat = create("{\"playerName\": \"Ada\"}");

        assertThat(seat.game().has("clock")).isTrue();
        assertThat(seat.game().get("clock").isNull()).isTrue();
        JsonNode row = entry(eventually(() -> api.get("/api/games?status=waiting&limit=200").json(),
                list -> entry(list, seat.gameId()) != null), seat.gameId());
        assertThat(row.get("timeControl").isNull()).isTrue();
        JsonNode created = api.get("/api/games/" + seat.gameId() + "/events").json().get(0);
        assertThat(created.get("data").get("timeControl").isNull()).isTrue();
    }

    @Test
    void aGameCreatedWithAClockShowsBothFullClocksAndNothingRunsBeforeTheFirstMove() throws Exception {
        Seat seat = create("{\"playerName\": \"Ada\", \"clock\": {\"limit\": 300, \"increment\": 2}}");

        JsonNode clock = seat.game().get("clock");
        assertThat(clock.get("limit").asInt()).isEqualTo(300);
        assertThat(clock.get("increment").asInt()).isEqualTo(2);
        assertThat(clock.get("white").asLong()).isEqualTo(300_000);
        assertThat(clock.get("black").asLong()).isEqualTo(300_000);
        assertThat(clock.get("running").isNull()).isTrue();
        JsonNode row = entry(eventually(() -> api.get("/api/games?status=waiting&limit=200").json(),
                list -> entry(list, seat.gameId()) != null), seat.gameId());
        assertThat(row.get("timeControl").get("limit").asInt()).isEqualTo(300);
        assertThat(row.get("timeControl").get("increment").asInt()).isEqualTo(2);
        JsonNode created = api.get("/api/games/" + seat.gameId() + "/events").json().get(0);
        assertThat(created.get("data").get("timeControl").get("limit").asInt()).isEqualTo(300);
    }

    @Test
    void afterWhitesFirstMoveBlacksClockRunsAndWhiteHasGainedTheIncrement() throws Exception {
        Game game = startGame("{\"playerName\": \"Ada\", \"clock\": {\"limit\": 60, \"increment\": 5}}");
        assertThat(view(game.id()).get("clock").get("running").isNull()).as("joined, no move yet").isTrue();

        JsonNode afterMove = move(game.id(), game.white(), "e4").json().get("clock");
        Thread.sleep(50);
        JsonNode later = view(game.id()).get("clock");

        assertThat(afterMove.get("running").asText()).isEqualTo("black");
        assertThat(afterMove.get("white").asLong()).as("the first move costs nothing and earns 5 s").isEqualTo(65_000);
        assertThat(later.get("white").asLong()).isEqualTo(65_000);
        assertThat(later.get("black").asLong()).isLessThan(60_000).isGreaterThan(50_000);
    }

    @Test
    void aClockOutsideItsLimitsIsAMalformedRequestAndCreatesNoGame() {
        for (String clock : List.of("{\"limit\": 0}", "{\"limit\": 10801}", "{\"limit\": 60, \"increment\": 181}",
                "{\"limit\": 60, \"increment\": -1}", "{\"increment\": 5}", "{\"limit\": \"soon\"}", "7")) {
            Response refused = api.post("/api/games", "{\"playerName\": \"Clockless\", \"clock\": " + clock + "}");

            assertProblem(refused, 400, "malformed-request");
        }
    }

    @Test
    void aMoveAfterTheMoversTimeRanOutIsNotPlayedAndTheGameIsOverOnTime() throws Exception {
        Game game = startGame("{\"playerName\": \"Ada\", \"clock\": {\"limit\": 1, \"increment\": 0}}");
        assertThat(move(game.id(), game.white(), "e4").status()).isEqualTo(200);
        Thread.sleep(1_100);

        Response late = move(game.id(), game.black(), "e5");

        // The server's own deadline may have ended the game first; either way the move is refused.
        assertThat(late.status()).as("%s", late).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isIn("out-of-time", "game-not-active");
        JsonNode ended = view(game.id());
        assertThat(ended.get("status").asText()).isEqualTo("finished");
        assertThat(ended.get("result").asText()).isEqualTo("1-0");
        assertThat(ended.get("reason").asText()).isEqualTo("timeout");
        assertThat(texts(ended.get("moves"))).containsExactly("e4");
        assertThat(ended.get("clock").get("black").asLong()).isZero();
        assertThat(ended.get("clock").get("running").isNull()).isTrue();
    }

    // ================================================================== the computer as opponent (issue 16)
    // Only what holds the moment the game is created: the web module's own test engine has no process manager, so
    // nothing here waits for the computer to move (ComputerOpponentContract does, on the variants).

    @Test
    void givenAComputerOpponent_whenAGameIsCreated_thenItAnswers201WithTheComputerSeatedAndTheGameActive() {
        Response created = api.post("/api/games", "{\"playerName\": \"Ada\", \"opponent\": {\"computer\": 3}}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("color").asText()).isEqualTo("white");
        assertThat(body.get("playerToken").asText()).hasSizeGreaterThanOrEqualTo(22);
        JsonNode game = body.get("game");
        assertThat(game.get("status").asText()).isEqualTo("active");
        assertThat(game.get("version").asLong()).isEqualTo(2);
        assertThat(game.get("white").get("name").asText()).isEqualTo("Ada");
        assertThat(game.get("white").get("computer").isNull()).isTrue();
        assertThat(game.get("black").get("name").asText()).isEqualTo("Computer (level 3)");
        assertThat(game.get("black").get("computer").get("level").asInt()).isEqualTo(3);
        assertThat(game.get("legalMoves")).hasSize(20);
    }

    @Test
    void givenACreatorWhoPlaysBlackAgainstTheComputer_whenTheGameIsCreated_thenTheComputerHasWhite() {
        Seat seat = create("{\"playerName\": \"Bo\", \"color\": \"black\", \"opponent\": {\"computer\": 1}}");

        assertThat(seat.color()).isEqualTo("black");
        assertThat(seat.game().get("black").get("name").asText()).isEqualTo("Bo");
        assertThat(seat.game().get("white").get("computer").get("level").asInt()).isEqualTo(1);
        assertThat(seat.game().get("status").asText()).isEqualTo("active");
    }

    @Test
    void givenTheHighestLevel_whenAGameIsCreatedAgainstIt_thenThatLevelIsSeated() {
        Seat seat = create("{\"opponent\": {\"computer\": 8}}");

        assertThat(seat.game().get("black").get("name").asText()).isEqualTo("Computer (level 8)");
        assertThat(seat.game().get("black").get("computer").get("level").asInt()).isEqualTo(8);
    }

    @Test
    void givenTwoPeople_whenTheyPlay_thenNeitherPlayerViewNamesAComputer() {
        Game game = startGame();

        JsonNode view = view(game.id());

        assertThat(fieldNames(view.get("white"))).containsExactly("name", "computer");
        assertThat(view.get("white").get("computer").isNull()).isTrue();
        assertThat(view.get("black").get("computer").isNull()).isTrue();
    }

    @Test
    void givenAGameAgainstTheComputer_whenThePersonMovesWithTheirToken_thenTheMoveIsPlayed() {
        Seat person = create("{\"playerName\": \"Ada\", \"opponent\": {\"computer\": 2}}");

        Response moved = move(person.gameId(), person, "e4");

        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(texts(moved.json().get("moves"))).containsExactly("e4");
        assertThat(moved.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void givenAGameAgainstTheComputer_whenAnyoneElseAsksForASeat_thenTheGameIsFullAndTheComputerSeatHasNoToken() {
        Seat person = create("{\"playerName\": \"Ada\", \"opponent\": {\"computer\": 2}}");

        assertProblem(api.post("/api/games/" + person.gameId() + "/players", "{\"playerName\": \"Eve\"}"), 409,
                "game-full");
        assertProblem(api.post("/api/games/" + person.gameId() + "/players", "{}", "Authorization", person.bearer()),
                409, "already-seated");
        JsonNode joined = api.get("/api/games/" + person.gameId() + "/events").json().get(1);
        assertThat(joined.get("type").asText()).isEqualTo("PlayerJoined");
        assertThat(joined.get("data").get("playerId").asText()).isEqualTo("computer:level-2");
        assertThat(joined.toString()).doesNotContain(person.token());
    }

    @Test
    void givenAGameAgainstTheComputer_whenTheLobbyListsIt_thenTheComputerIsShownWithItsLevel() {
        Seat person = create("{\"playerName\": \"Ada\", \"color\": \"white\", \"opponent\": {\"computer\": 4}}");

        JsonNode row = entry(eventually(() -> api.get("/api/games?status=active&limit=200").json(),
                list -> entry(list, person.gameId()) != null), person.gameId());

        assertThat(row.get("white").get("name").asText()).isEqualTo("Ada");
        assertThat(row.get("white").get("computer").isNull()).isTrue();
        assertThat(row.get("black").get("name").asText()).isEqualTo("Computer (level 4)");
        assertThat(row.get("black").get("computer").get("level").asInt()).isEqualTo(4);
    }

    @Test
    void givenAnOpponentThatIsNotAComputerLevel_whenAGameIsCreated_thenItIsMalformedAndNoGameIsStored() {
        List<String> refusedNames = new ArrayList<>();
        List<String> opponents = List.of("7", "\"computer\"", "[3]", "{}", "{\"computer\": 0}", "{\"computer\": 9}",
                "{\"computer\": -1}", "{\"computer\": 2.5}", "{\"computer\": 3.0}", "{\"computer\": \"3\"}",
                "{\"computer\": null}", "{\"computer\": true}", "{\"computer\": 4294967299}",
                "{\"computer\": 3, \"person\": 1}", "{\"person\": 3}", "{\"Computer\": 3}");
        for (int i = 0; i < opponents.size(); i++) {
            String name = "Refused " + i;
            refusedNames.add(name);
            Response refused = api.post("/api/games",
                    "{\"playerName\": \"" + name + "\", \"opponent\": " + opponents.get(i) + "}");

            assertProblem(refused, 400, "malformed-request");
            assertThat(refused.json().get("detail").asText()).as(opponents.get(i)).contains("opponent");
        }
        // The lobby may lag: once a game created after the refused ones is listed, they would be too.
        Seat later = create("{\"playerName\": \"Accepted\", \"opponent\": {\"computer\": 1}}");
        JsonNode lobby = eventually(() -> api.get("/api/games?limit=200").json(),
                list -> ids(list).contains(later.gameId()));
        List<String> listedNames = new ArrayList<>();
        lobby.forEach(row -> listedNames.add(row.get("white").isNull() ? "" : row.get("white").get("name").asText()));
        assertThat(listedNames).doesNotContainAnyElementsOf(refusedNames);
    }

    @Test
    void givenAnExplicitNullOpponent_whenAGameIsCreated_thenItWaitsForAPersonAsWithoutOne() {
        Seat seat = create("{\"playerName\": \"Ada\", \"opponent\": null}");

        assertThat(seat.game().get("status").asText()).isEqualTo("waiting");
        assertThat(seat.game().get("black").isNull()).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesTheComputerOpponent() {
        JsonNode document = api.get("/v3/api-docs").json();

        JsonNode opponent = document.at("/components/schemas/CreateGame/properties/opponent");
        String reference = opponent.path("$ref").asText();
        assertThat(reference).endsWith("/ComputerOpponent");
        JsonNode computer = document.at("/components/schemas/ComputerOpponent/properties/computer");
        assertThat(computer.get("type").asText()).isEqualTo("integer");
        assertThat(computer.get("minimum").asInt()).isEqualTo(1);
        assertThat(computer.get("maximum").asInt()).isEqualTo(8);
    }

    @Test
    void infoNamesTheVariantAndTheEventStore() {
        Response info = api.get("/api/info");

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("variant").asText()).isNotBlank();
        assertThat(info.json().get("eventStore").asText()).isNotBlank();
        assertThat(info.json().get("version").asText()).isNotBlank().doesNotContain("$").doesNotContain("@");
    }

    @Test
    void theOpenApiDocumentSwaggerUiHealthAndInfoAreServedOnTheServerPort() {
        Response openApi = api.get("/v3/api-docs");
        Response health = api.get("/actuator/health");
        Response swagger = api.get("/swagger-ui/index.html");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/games/{gameId}/moves")).isTrue();
        assertThat(openApi.json().get("paths").has("/actuator/health")).isFalse();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
        assertThat(swagger.status()).isEqualTo(200);
    }

    @Test
    void metricsAreServedOnlyOnTheManagementPortBoundToLoopback() throws IOException {
        ApiClient management = new ApiClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
        Response metrics = management.get("/actuator/metrics");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(api.get("/actuator/metrics").status()).isEqualTo(404);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.json().get("names")).isNotEmpty();
        assertThat(context.getEnvironment().getProperty("management.server.address")).isEqualTo("127.0.0.1");
        // Where this machine has an address besides loopback, the server port answers there and the management port
        // does not: the listener itself is bound to loopback, not merely configured so.
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThat(accepts(address, port)).as("server port on %s", address).isTrue();
            assertThat(accepts(address, managementPort)).as("management port on %s", address).isFalse();
        }
    }

    // ================================================================== browser security headers

    @Test
    void theUiPagesCarryAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        for (String page : List.of("/", "/index.html", "/game.html?id=x", "/js/game.js")) {
            Response answer = api.get(page);

            assertThat(answer.status()).as(page).isEqualTo(200);
            assertSecurityHeaders(answer);
            String policy = answer.header("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page).doesNotContain("script-src").doesNotContain("unsafe-eval")
                    .doesNotContain("data:").doesNotContain("style-src ");
        }
    }

    @Test
    void apiAnswersAndProblemsCarryTheSecurityHeaders() {
        assertSecurityHeaders(api.get("/api/info"));
        assertSecurityHeaders(api.get("/api/games/no-such-game"));
        assertSecurityHeaders(api.post("/api/games", "{\"playerName\": "));
        assertSecurityHeaders(api.post("/api/games", "{\"playerName\": \"" + "x".repeat(17 * 1024) + "\"}"));
    }

    @Test
    void swaggerUiHasAPolicyOfItsOwnThatStillForbidsFramingAndForeignSources() {
        Response swagger = api.get("/swagger-ui/index.html");
        String uiPolicy = api.get("/").header("Content-Security-Policy").orElseThrow();

        assertSecurityHeaders(swagger);
        assertThat(swagger.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .isNotEqualTo(uiPolicy).doesNotContain("unsafe-eval").doesNotContain("http").doesNotContain("*"));
    }

    @Test
    void theAnswersThatCarryAPlayerTokenMustNotBeStored() {
        Response created = api.post("/api/games", "{\"playerName\": \"Ada\"}");
        Response joined = api.post("/api/games/" + created.json().get("gameId").asText() + "/players", "{}");

        for (Response answer : List.of(created, joined)) {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.json().get("playerToken").asText()).isNotBlank();
            assertThat(answer.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                    .contains("no-store"));
            assertSecurityHeaders(answer);
        }
    }

    // ================================================================== endings

    @Test
    void aGameEndsInCheckmate() {
        Game game = startGame();
        play(game, "f3", "e5", "g4");
        Response mate = move(game.id(), game.black(), "Qh4#");

        JsonNode view = mate.json();
        assertThat(view.get("status").asText()).isEqualTo("finished");
        assertThat(view.get("result").asText()).isEqualTo("0-1");
        assertThat(view.get("reason").asText()).isEqualTo("checkmate");
        assertThat(view.get("check").asBoolean()).isTrue();
        assertThat(view.get("legalMoves")).isEmpty();
        assertThat(api.get("/api/games/" + game.id() + "/pgn").body()).contains("Qh4#").contains("0-1");
        assertProblem(move(game.id(), game.white(), "a3"), 409, "game-not-active");
        eventually(() -> api.get("/api/games?status=finished&limit=200").json(),
                list -> entry(list, game.id()) != null && "0-1".equals(entry(list, game.id()).get("result").asText()));
    }

    @Test
    void aGameEndsInStalemate() {
        Game game = startGame();
        play(game, "e3", "a5", "Qh5", "Ra6", "Qxa5", "h5", "h4", "Rah6", "Qxc7", "f6", "Qxd7+", "Kf7", "Qxb7", "Qd3",
                "Qxb8", "Qh7", "Qxc8", "Kg6");
        Response last = move(game.id(), game.white(), "Qe6");

        JsonNode view = last.json();
        assertThat(view.get("status").asText()).isEqualTo("finished");
        assertThat(view.get("result").asText()).isEqualTo("1/2-1/2");
        assertThat(view.get("reason").asText()).isEqualTo("stalemate");
        assertThat(view.get("check").asBoolean()).isFalse();
    }

    @Test
    void aDrawByThreefoldRepetitionIsClaimed() {
        Game game = startGame();
        play(game, "Nf3", "Nf6", "Ng1", "Ng8", "Nf3", "Nf6", "Ng1", "Ng8");
        assertThat(view(game.id()).get("claimableDraw").asText()).isEqualTo("threefold-repetition");

        Response claimed = api.post("/api/games/" + game.id() + "/draw-claim", null,
                "Authorization", game.white().bearer());

        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().get("result").asText()).isEqualTo("1/2-1/2");
        assertThat(claimed.json().get("reason").asText()).isEqualTo("threefold-repetition");
    }

    @Test
    void aPlayerResigns() {
        Game game = startGame();

        Response resigned = action(game.id(), "resign", game.white());

        assertThat(resigned.status()).isEqualTo(200);
        assertThat(resigned.json().get("result").asText()).isEqualTo("0-1");
        assertThat(resigned.json().get("reason").asText()).isEqualTo("resignation");
    }

    @Test
    void aDrawOfferIsShownAndAccepted() {
        Game game = startGame();

        Response offered = action(game.id(), "draw-offer", game.white());
        Response accepted = action(game.id(), "draw-accept", game.black());

        assertThat(offered.json().get("drawOffer").asText()).isEqualTo("white");
        assertThat(accepted.json().get("result").asText()).isEqualTo("1/2-1/2");
        assertThat(accepted.json().get("reason").asText()).isEqualTo("draw-agreement");
    }

    @Test
    void aDeclinedDrawOfferDisappears() {
        Game game = startGame();
        action(game.id(), "draw-offer", game.white());

        Response declined = action(game.id(), "draw-decline", game.black());

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("drawOffer").isNull()).isTrue();
        assertThat(declined.json().get("status").asText()).isEqualTo("active");
    }

    @Test
    void aSecondDrawOfferBeforeTheOfferersNextMoveIsRefusedAndStoresNothing() {
        Game game = startGame();
        action(game.id(), "draw-offer", game.white());
        Response declined = action(game.id(), "draw-decline", game.black());
        assertThat(declined.json().get("offeredSinceOwnMove").toString()).isEqualTo("[\"white\"]");

        assertProblem(action(game.id(), "draw-offer", game.white()), 409, "draw-offer-needs-a-move");
        assertThat(api.get("/api/games/" + game.id() + "/events").json()).hasSize(4);

        move(game.id(), game.white(), "e4");
        move(game.id(), game.black(), "e5");
        Response again = action(game.id(), "draw-offer", game.white());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("drawOffer").asText()).isEqualTo("white");
    }

    @Test
    void theCreatorAbortsAGameNobodyJoined() {
        Seat creator = create("{}");

        Response aborted = action(creator.gameId(), "abort", creator);

        assertThat(aborted.status()).isEqualTo(200);
        assertThat(aborted.json().get("status").asText()).isEqualTo("finished");
        assertThat(aborted.json().get("result").asText()).isEqualTo("*");
        assertThat(aborted.json().get("reason").asText()).isEqualTo("aborted");
    }

    // ================================================================== errors

    @Test
    void unreadableJsonIsMalformed() {
        assertProblem(api.post("/api/games", "{\"playerName\": "), 400, "malformed-request");
    }

    @Test
    void wrongJsonTypesAreMalformed() {
        assertProblem(api.post("/api/games", "{\"playerName\": {\"first\": \"Ada\"}}"), 400, "malformed-request");
        assertProblem(api.post("/api/games", "[1, 2]"), 400, "malformed-request");
        assertProblem(api.post("/api/games", "{\"playerName\": 42}"), 400, "malformed-request");
        assertProblem(api.post("/api/games", "{\"color\": true}"), 400, "malformed-request");
    }

    @Test
    void aCommandIdThatIsNotTextOrTooLongIsMalformedAndStoresNothing() {
        Game game = startGame();

        assertProblem(api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\", \"commandId\": 5}",
                "Authorization", game.white().bearer()), 400, "malformed-request");
        assertProblem(api.post("/api/games/" + game.id() + "/moves",
                "{\"move\": \"e4\", \"commandId\": \"" + "c".repeat(101) + "\"}",
                "Authorization", game.white().bearer()), 400, "malformed-request");
        assertProblem(api.post("/api/games/" + game.id() + "/resign", "{\"commandId\": [\"c-1\"]}",
                "Authorization", game.white().bearer()), 400, "malformed-request");
        assertThat(view(game.id()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void textAfterTheJsonBodyIsMalformed() {
        assertProblem(api.post("/api/games", "{\"playerName\": \"Ada\"} {\"playerName\": \"Eve\"}"), 400,
                "malformed-request");
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        Response created = api.post("/api/games", "{\"playerName\": \"Ada\", \"rating\": 2800}");

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void anUnknownColourIsMalformed() {
        assertProblem(api.post("/api/games", "{\"color\": \"green\"}"), 400, "malformed-request");
    }

    @Test
    void aNameOverFortyCharactersIsMalformed() {
        String name = "x".repeat(41);

        assertProblem(api.post("/api/games", "{\"playerName\": \"" + name + "\"}"), 400, "malformed-request");
        Seat creator = create("{}");
        assertProblem(api.post("/api/games/" + creator.gameId() + "/players", "{\"playerName\": \"" + name + "\"}"),
                400, "malformed-request");
    }

    @Test
    void aNameWithControlCharactersIsMalformed() {
        assertProblem(api.post("/api/games", "{\"playerName\": \"Ada\\u0007\"}"), 400, "malformed-request");
    }

    @Test
    void aNameWithARightToLeftOverrideIsMalformedAndStoresNothing() {
        Seat creator = create("{}");
        String name = "{\"playerName\": \"Ada\\u202Egpj.exe\"}";

        assertProblem(api.post("/api/games", name), 400, "malformed-request");
        assertProblem(api.post("/api/games/" + creator.gameId() + "/players", name), 400, "malformed-request");
        assertThat(view(creator.gameId()).get("version").asLong()).isEqualTo(1);
        assertThat(view(creator.gameId()).get("black").isNull()).isTrue();
    }

    @Test
    void aNameWithAZeroWidthSpaceIsMalformedAndStoresNothing() {
        Seat creator = create("{}");
        String name = "{\"playerName\": \"Ad\\u200Ba\"}";

        assertProblem(api.post("/api/games", name), 400, "malformed-request");
        assertProblem(api.post("/api/games/" + creator.gameId() + "/players", name), 400, "malformed-request");
        assertThat(view(creator.gameId()).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aNameWithALineOrParagraphSeparatorIsMalformed() {
        assertProblem(api.post("/api/games", "{\"playerName\": \"Ada\\u2028Bob\"}"), 400, "malformed-request");
        assertProblem(api.post("/api/games", "{\"playerName\": \"Ada\\u2029Bob\"}"), 400, "malformed-request");
    }

    @Test
    void aDecomposedNameIsStoredComposed() {
        Seat creator = create("{\"playerName\": \"Zoe\\u0308\"}");
        join(creator.gameId(), "Bjo\\u0308rn");

        JsonNode game = view(creator.gameId());
        String white = game.get("white").get("name").asText();
        assertThat(white).isEqualTo("Zo\u00EB");
        assertThat(white.codePoints().toArray()).containsExactly('Z', 'o', 0xEB);
        assertThat(game.get("black").get("name").asText()).isEqualTo("Bj\u00F6rn");
        assertThat(creator.game().get("white").get("name").asText()).isEqualTo("Zo\u00EB");
    }

    @Test
    void aMoveThatIsNeitherUciNorSanIsMalformed() {
        Game game = startGame();

        assertProblem(move(game.id(), game.white(), "pawn to e4"), 400, "malformed-request");
        assertProblem(api.post("/api/games/" + game.id() + "/moves", "{}", "Authorization", game.white().bearer()),
                400, "malformed-request");
        assertThat(view(game.id()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anUnparseableFenIsMalformed() {
        assertProblem(api.post("/api/games", "{\"fen\": \"not a fen\"}"), 400, "malformed-request");
    }

    @Test
    void aParseableFenThatBreaksTheRulesIsAnInvalidPosition() {
        assertProblem(api.post("/api/games", "{\"fen\": \"8/8/8/8/8/8/8/8 w - - 0 1\"}"), 422, "invalid-position");
    }

    @Test
    void aMissingOrWrongTokenGetsTheSameUnauthorizedAnswer() {
        Game game = startGame();
        Game other = startGame();

        Response missing = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}");
        Response wrong = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                "Authorization", "Bearer not-a-token");
        Response foreign = move(game.id(), other.white(), "e4");

        assertProblem(missing, 401, "unauthorized");
        assertProblem(wrong, 401, "unauthorized");
        assertProblem(foreign, 401, "unauthorized");
        assertThat(wrong.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(missing.header("WWW-Authenticate")).contains("Bearer");
        assertThat(view(game.id()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anAuthorizationHeaderThatIsNotABearerTokenIsUnauthorized() {
        Game game = startGame();

        for (String header : List.of("Bearer", "Bearer ", "Basic YWRhOnNlY3JldA==", game.white().token())) {
            assertProblem(api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                    "Authorization", header), 401, "unauthorized");
        }
        assertThat(view(game.id()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownGameIsNotFoundOnEveryResource() {
        String id = "no-such-game";
        assertProblem(api.get("/api/games/" + id), 404, "game-not-found");
        assertProblem(api.get("/api/games/" + id + "/events"), 404, "game-not-found");
        assertProblem(api.get("/api/games/" + id + "/pgn"), 404, "game-not-found");
        assertProblem(api.get("/api/games/" + id + "/stream"), 404, "game-not-found");
        assertProblem(api.post("/api/games/" + id + "/players", "{}"), 404, "game-not-found");
        assertProblem(api.post("/api/games/" + id + "/moves", "{\"move\": \"e4\"}", "Authorization", "Bearer x"),
                404, "game-not-found");
        assertProblem(api.post("/api/games/" + id + "/resign", null, "Authorization", "Bearer x"),
                404, "game-not-found");
    }

    @Test
    void movingOutOfTurnIsAConflict() {
        Game game = startGame();

        assertProblem(move(game.id(), game.black(), "e5"), 409, "not-your-turn");
    }

    @Test
    void movingBeforeAnOpponentJoinedIsAConflict() {
        Seat creator = create("{}");

        assertProblem(move(creator.gameId(), creator, "e4"), 409, "game-not-active");
    }

    @Test
    void aThirdPlayerFindsTheGameFull() {
        Game game = startGame();

        assertProblem(api.post("/api/games/" + game.id() + "/players", "{\"playerName\": \"Cy\"}"), 409, "game-full");
    }

    @Test
    void joiningWithOnesOwnTokenIsAlreadySeated() {
        Seat creator = create("{}");

        assertProblem(api.post("/api/games/" + creator.gameId() + "/players", "{}", "Authorization", creator.bearer()),
                409, "already-seated");
    }

    @Test
    void drawOfferConflictsHaveTheirOwnCodes() {
        Game game = startGame();

        assertProblem(action(game.id(), "draw-accept", game.black()), 409, "no-draw-offer");
        action(game.id(), "draw-offer", game.white());
        assertProblem(action(game.id(), "draw-offer", game.black()), 409, "draw-already-offered");
        assertProblem(action(game.id(), "draw-accept", game.white()), 409, "own-draw-offer");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        Game game = startGame();

        Response stale = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                "Authorization", game.white().bearer(), "If-Match", "\"1\"");
        Response current = api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                "Authorization", game.white().bearer(), "If-Match", "\"2\"");

        assertProblem(stale, 412, "version-mismatch");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aBodyOverSixteenKibibytesIsTooLarge() {
        String big = "{\"playerName\": \"" + "x".repeat(17 * 1024) + "\"}";

        Response announced = api.post("/api/games", big);
        Response chunked = api.send("POST", "/api/games", HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))),
                "Content-Type", JSON);

        assertProblem(announced, 413, "payload-too-large");
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Response text = api.send("POST", "/api/games", HttpRequest.BodyPublishers.ofString("playerName=Ada"),
                "Content-Type", "application/x-www-form-urlencoded");

        assertProblem(text, 415, "unsupported-media-type");
    }

    @Test
    void aMultipartBodyIsAnUnsupportedMediaTypeEvenWhenBroken() {
        Game game = startGame();
        for (String contentType : List.of("multipart/form-data; boundary=x", "multipart/form-data")) {
            Response multipart = api.send("POST", "/api/games/" + game.id() + "/moves",
                    HttpRequest.BodyPublishers.ofString("--x\r\nnot a part"), "Content-Type", contentType,
                    "Authorization", game.white().bearer());

            assertProblem(multipart, 415, "unsupported-media-type");
        }
        assertThat(view(game.id()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void anIllegalMoveIsUnprocessable() {
        Game game = startGame();

        assertProblem(move(game.id(), game.white(), "e2e5"), 422, "illegal-move");
        assertProblem(move(game.id(), game.white(), "Ke2"), 422, "illegal-move");
    }

    @Test
    void aDrawClaimWithoutGroundsIsUnprocessable() {
        Game game = startGame();

        assertProblem(action(game.id(), "draw-claim", game.white()), 422, "draw-claim-not-available");
    }

    @Test
    void aPathWithAnEncodedSlashIsAMalformedRequestProblemNotTomcatsPage() {
        Response refused = new RawHttp(api.base()).get("/api/games/a%2Fb");

        assertProblem(refused, 400, "malformed-request");
        assertThat(refused.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aPathWithAnEncodedNulIsAMalformedRequestProblemNotTomcatsPage() {
        assertProblem(new RawHttp(api.base()).get("/api/games/a%00b"), 400, "malformed-request");
        assertProblem(new RawHttp(api.base()).get("/index.html%00.txt"), 400, "malformed-request");
    }

    @Test
    void headersOverTheConfiguredSizeAreAMalformedRequestProblemNotTomcatsPage() {
        DataSize limit = context.getEnvironment().getProperty("server.max-http-request-header-size", DataSize.class,
                DataSize.ofKilobytes(8));
        String header = "X-Padding: " + "p".repeat((int) limit.toBytes() + 1024);

        Response refused = new RawHttp(api.base()).get("/api/info", header);

        assertProblem(refused, 400, "malformed-request");
        assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Request header");
    }

    @Test
    void anUnknownPathOrMethodIsAProblemNeverAWhitelabelPage() {
        assertProblem(api.get("/api/nothing-here", "Accept", "text/html"), 404, "not-found");
        assertProblem(api.send("DELETE", "/api/games", HttpRequest.BodyPublishers.noBody()), 405,
                "method-not-allowed");
    }

    // ================================================================== retries and races

    @Test
    void retryingACommandIdAnswers200AndStoresNothing() {
        Game game = startGame();
        String body = "{\"move\": \"e4\", \"commandId\": \"c-1\"}";

        Response first = api.post("/api/games/" + game.id() + "/moves", body, "Authorization", game.white().bearer());
        Response retry = api.post("/api/games/" + game.id() + "/moves", body, "Authorization", game.white().bearer());

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("version").asLong()).isEqualTo(3);
        assertThat(api.get("/api/games/" + game.id() + "/events").json()).hasSize(3);
    }

    @Test
    void twoSimultaneousMovesOfOneSideStoreOneMove() throws Exception {
        for (int round = 0; round < 5; round++) {
            Game game = startGame();
            List<Response> answers = simultaneously(
                    () -> move(game.id(), game.white(), "e4"),
                    () -> move(game.id(), game.white(), "d4"));

            List<Integer> statuses = answers.stream().map(Response::status).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, answers).containsExactly(200, 409);
            Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(refused.json().get("code").asText()).isIn("not-your-turn", "version-conflict");
            assertThat(api.get("/api/games/" + game.id() + "/events").json()).hasSize(3);
        }
    }

    @Test
    void twoSimultaneousMovesPinnedToOneVersionGiveOne412() throws Exception {
        Game game = startGame();
        List<Response> answers = simultaneously(
                () -> api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                        "Authorization", game.white().bearer(), "If-Match", "\"2\""),
                () -> api.post("/api/games/" + game.id() + "/moves", "{\"move\": \"d4\"}",
                        "Authorization", game.white().bearer(), "If-Match", "\"2\""));

        assertThat(answers.stream().map(Response::status).sorted().toList()).containsExactly(200, 412);
        assertThat(api.get("/api/games/" + game.id() + "/events").json()).hasSize(3);
    }

    // ================================================================== sameness

    @Test
    void aScriptedGameGivesTheSameTranscriptEveryTime() {
        List<ScriptedGame.Exchange> first = ScriptedGame.play(api);
        List<ScriptedGame.Exchange> second = ScriptedGame.play(api);

        assertThat(second).containsExactlyElementsOf(first);
        assertThat(first).extracting(GameApiContract::statusAndCode).containsExactly(
                "422 invalid-position", "400 malformed-request", "415 unsupported-media-type",
                "413 payload-too-large", "404 game-not-found",
                "201", "409 game-not-active", "409 already-seated", "201", "409 game-full",
                "200", "409 not-your-turn", "400 malformed-request", "401 unauthorized", "401 unauthorized",
                "412 version-mismatch", "200", "409 no-draw-offer", "200", "409 draw-already-offered",
                "409 own-draw-offer", "200", "422 draw-claim-not-available", "409 game-not-active",
                "200", "200", "422 illegal-move", "200", "409 game-not-active", "409 game-not-active",
                "200", "200", "200", "200", "400 malformed-request",
                "201", "200", "200");
        assertThat(first.get(27).body()).contains("\"reason\":\"checkmate\"");
        assertThat(first.get(31).body()).contains("\"type\":\"GameEnded\"");
    }

    private static String statusAndCode(ScriptedGame.Exchange exchange) {
        if (exchange.status() < 400) {
            return String.valueOf(exchange.status());
        }
        assertThat(exchange.headers()).as(exchange.request()).contains("Content-Type: " + PROBLEM);
        return exchange.status() + " " + ApiClient.parse(exchange.body()).get("code").asText();
    }

    // ================================================================== atomic seats (ADR 0060)

    @Test
    void givenTheSeatCannotBeStored_whenAGameIsCreated_thenTheAnswerIsAProblemAndNoGameIsLeft() {
        Response refused = whileSeatsAreRefused(() -> api.post("/api/games", "{\"playerName\": \"Unseated\"}"));

        assertProblem(refused, 500, "internal-error");
        assertThat(seatFailures.refusedGames()).as("the create reached its seat insert").hasSize(1);
        String gameId = seatFailures.refusedGames().getFirst();
        assertProblem(api.get("/api/games/" + gameId), 404, "game-not-found");
        assertProblem(api.get("/api/games/" + gameId + "/events"), 404, "game-not-found");
        assertProblem(api.post("/api/games/" + gameId + "/players", "{}"), 404, "game-not-found");
        // The lobby may lag: once a game created after the refused one is listed, the refused one would be too.
        Seat later = create("{\"playerName\": \"Seated\"}");
        JsonNode waiting = eventually(() -> api.get("/api/games?status=waiting&limit=200").json(),
                list -> ids(list).contains(later.gameId()));
        assertThat(ids(waiting)).doesNotContain(gameId);
    }

    @Test
    void givenTheSeatCannotBeStored_whenASecondPlayerJoins_thenTheGameStaysWaitingAndALaterJoinTakesTheSeat() {
        Seat creator = create("{\"playerName\": \"Ada\"}");

        Response refused = whileSeatsAreRefused(() -> api.post("/api/games/" + creator.gameId() + "/players",
                "{\"playerName\": \"Unseated\"}"));

        assertProblem(refused, 500, "internal-error");
        assertThat(seatFailures.refusedGames()).as("the join reached its seat insert")
                .containsExactly(creator.gameId());
        JsonNode game = view(creator.gameId());
        assertThat(game.get("status").asText()).isEqualTo("waiting");
        assertThat(game.get("version").asLong()).isEqualTo(1);
        assertThat(game.get("black").isNull()).isTrue();
        assertThat(api.get("/api/games/" + creator.gameId() + "/events").json()).hasSize(1);
        Seat joiner = join(creator.gameId(), "Bob");
        assertThat(joiner.color()).isEqualTo("black");
        assertThat(joiner.game().get("version").asLong()).isEqualTo(2);
        assertThat(joiner.game().get("black").get("name").asText()).isEqualTo("Bob");
        assertThat(move(creator.gameId(), creator, "e4").status()).isEqualTo(200);
        assertThat(move(creator.gameId(), joiner, "e5").status()).isEqualTo(200);
    }

    @Test
    void givenSeatsWereRefused_whenTheDatabaseTakesThemAgain_thenACreatedAndJoinedGameSeatsBothPlayers() {
        assertProblem(whileSeatsAreRefused(() -> api.post("/api/games", "{}")), 500, "internal-error");

        Game game = startGame();

        assertThat(move(game.id(), game.white(), "e4").status()).isEqualTo(200);
        assertThat(move(game.id(), game.black(), "e5").status()).isEqualTo(200);
    }

    /** The server's answer to a request sent while the database refuses every seat insert. */
    private Response whileSeatsAreRefused(Supplier<Response> request) {
        seatFailures.arm();
        try {
            return request.get();
        } finally {
            seatFailures.disarm();
        }
    }

    // ================================================================== restart

    @Test
    void aGameAndItsTokensSurviveARestartOfTheApplication() {
        Game game;
        try (ConfigurableApplicationContext first = startInstance()) {
            ApiClient firstApi = clientFor(first);
            Seat creator = seat(firstApi.post("/api/games", "{\"playerName\": \"Before\"}"));
            Seat joiner = seat(firstApi.post("/api/games/" + creator.gameId() + "/players", "{}"));
            game = new Game(creator.gameId(), creator, joiner);
            assertThat(firstApi.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e4\"}",
                    "Authorization", game.white().bearer()).status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = startInstance()) {
            ApiClient secondApi = clientFor(second);
            Response after = secondApi.get("/api/games/" + game.id());
            Response reply = secondApi.post("/api/games/" + game.id() + "/moves", "{\"move\": \"e5\"}",
                    "Authorization", game.black().bearer());

            assertThat(after.json().get("version").asLong()).isEqualTo(3);
            assertThat(texts(after.json().get("moves"))).containsExactly("e4");
            assertThat(reply.status()).isEqualTo(200);
            assertProblem(secondApi.post("/api/games/" + game.id() + "/moves", "{\"move\": \"Nf3\"}",
                    "Authorization", "Bearer " + game.black().token() + "x"), 401, "unauthorized");
        }
        assertThat(texts(view(game.id()).get("moves"))).containsExactly("e4", "e5");
    }

    // ================================================================== helpers

    /**
     * Starts another instance of the application under test on the same database, on a random port, with the
     * test's inlined and dynamic properties. Override when a variant needs more.
     */
    protected ConfigurableApplicationContext startInstance() {
        String[] names = context.getBeanNamesForAnnotation(SpringBootConfiguration.class);
        Class<?> application = ClassUtils.getUserClass(context.getType(names[0]));
        Map<String, Object> properties = new HashMap<>();
        ConfigurableEnvironment environment = (ConfigurableEnvironment) context.getEnvironment();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable
                    && (source.getName().contains("Inlined Test Properties")
                    || source.getName().contains("Dynamic Test Properties"))) {
                for (String name : enumerable.getPropertyNames()) {
                    properties.putIfAbsent(name, enumerable.getProperty(name));
                }
            }
        }
        properties.put("server.port", "0");
        // Command-line arguments, not builder defaults: defaults lose to the application's own application.yml.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .profiles(environment.getActiveProfiles())
                .run(arguments);
    }

    /** This machine's IPv4 addresses other than loopback, on interfaces that are up. */
    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(GameApiContract::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static ApiClient clientFor(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new ApiClient(URI.create("http://localhost:" + port + "/"));
    }

    protected Seat create(String body) {
        Response created = api.post("/api/games", body);
        assertThat(created.status()).as("create: %s", created).isEqualTo(201);
        return seat(created);
    }

    protected Seat join(String gameId, String name) {
        Response joined = api.post("/api/games/" + gameId + "/players", "{\"playerName\": \"" + name + "\"}");
        assertThat(joined.status()).as("join: %s", joined).isEqualTo(201);
        return seat(joined);
    }

    protected Game startGame() {
        return startGame("{\"playerName\": \"Creator\"}");
    }

    /** A created and joined game; the creator's body decides colours, the result is sorted by colour. */
    protected Game startGame(String createBody) {
        Seat creator = create(createBody);
        Seat joiner = join(creator.gameId(), "Opponent");
        return creator.color().equals("white")
                ? new Game(creator.gameId(), creator, joiner)
                : new Game(creator.gameId(), joiner, creator);
    }

    private static Seat seat(Response response) {
        JsonNode body = response.json();
        return new Seat(body.get("gameId").asText(), body.get("color").asText(), body.get("playerToken").asText(),
                body.get("game"));
    }

    protected Response move(String gameId, Seat seat, String move) {
        return api.post("/api/games/" + gameId + "/moves", "{\"move\": \"" + move + "\"}",
                "Authorization", seat.bearer());
    }

    protected Response action(String gameId, String action, Seat seat) {
        return api.post("/api/games/" + gameId + "/" + action, "{}", "Authorization", seat.bearer());
    }

    /** Plays the moves alternately, white first, each one must succeed. */
    protected void play(Game game, String... moves) {
        for (int i = 0; i < moves.length; i++) {
            Seat mover = i % 2 == 0 ? game.white() : game.black();
            Response answer = move(game.id(), mover, moves[i]);
            assertThat(answer.status()).as("move %d %s: %s", i + 1, moves[i], answer).isEqualTo(200);
        }
    }

    protected JsonNode view(String gameId) {
        Response got = api.get("/api/games/" + gameId);
        assertThat(got.status()).isEqualTo(200);
        return got.json();
    }

    protected static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).as("%s", response).startsWith(PROBLEM);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).as("%s", response).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).as("%s", response).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.header("X-Content-Type-Options")).as("%s", response).contains("nosniff");
        assertThat(response.header("Referrer-Policy")).as("%s", response).contains("no-referrer");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode lobby) {
        List<String> ids = new ArrayList<>();
        lobby.forEach(row -> ids.add(row.get("gameId").asText()));
        return ids;
    }

    private static JsonNode entry(JsonNode lobby, String gameId) {
        for (JsonNode row : lobby) {
            if (row.get("gameId").asText().equals(gameId)) {
                return row;
            }
        }
        return null;
    }

    /** Polls until the value satisfies the condition (read models may lag), for at most ten seconds. */
    private static <T> T eventually(Callable<T> read, Predicate<T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value;
        try {
            value = read.call();
            while (!condition.test(value) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                value = read.call();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(condition.test(value)).as("condition not met within 10 s; last value %s", value).isTrue();
        return value;
    }

    @SafeVarargs
    private static List<Response> simultaneously(Callable<Response>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
