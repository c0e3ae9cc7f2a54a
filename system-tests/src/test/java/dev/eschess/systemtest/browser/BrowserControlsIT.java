package dev.eschess.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

/**
 * Issue 7, points 2, 3 and 7: the controls of the lobby and the game page beyond a plain game (promotion, draws,
 * claims, resignation, the turned board, keyboard play, screen-reader labels, the live lobby, start-position errors),
 * each in real headless Chromium against each packaged server.
 */
@ExtendWith({GameServers.Extension.class, Browsers.Extension.class})
class BrowserControlsIT {

    private static final String PROMOTION_START = "k7/4P3/8/8/8/8/8/4K3 w - - 0 1";

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPawnOnTheSeventhRank_whenItIsMovedToTheLastRank_thenThePickerOffersFourPiecesAndTheChoiceIsPlayed(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "white", PROMOTION_START);
        GamePage white = seated.page();

        white.clickMove("e7", "e8");

        assertThat(white.awaitPromotionChoices()).containsExactly("wq", "wr", "wb", "wn");
        assertThat(white.attribute("#move-list", "data-count")).isEqualTo("0");
        white.choosePromotion("wn");
        white.awaitMoveCount(1);
        assertThat(white.text("#move-list")).contains("e8=N");
        assertThat(white.pieceOn("e8")).isEqualTo("wn");
        JsonNode game = new ApiClient(server.base()).get("/api/games/" + white.gameId()).json();
        assertThat(game.get("moves").get(0).asText()).isEqualTo("e8=N");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoPlayers_whenAnOfferIsDeclinedAndTheNextAfterAMoveAccepted_thenBothSeeEachAnswerLiveAndTheGameIsDrawn(
            Variant variant, GameServers servers, Browsers browsers) {
        Players players = twoPlayersInBrowsers(servers.of(variant), browsers);
        GamePage white = players.white();
        GamePage black = players.black();
        assertThat(black.isShown("#btn-accept-draw")).isFalse();

        white.browser().click("#btn-offer-draw");
        black.browser().awaitVisible("#btn-accept-draw");
        assertThat(black.isShown("#btn-decline-draw")).isTrue();
        assertThat(black.text("#status")).contains("White offers a draw");
        white.awaitHidden("#btn-offer-draw");
        black.browser().click("#btn-decline-draw");

        black.awaitHidden("#btn-accept-draw");
        assertThat(white.seat()).isEqualTo("white");
        assertThat(white.attribute("#game-root", "data-status")).isEqualTo("active");
        assertThat(white.isShown("#btn-offer-draw")).as("one offer per own move").isFalse();

        white.typeMove("e4");
        black.awaitMoveCount(1);
        black.typeMove("e5");
        white.awaitMoveCount(2);
        white.browser().awaitVisible("#btn-offer-draw");
        white.browser().click("#btn-offer-draw");
        black.browser().awaitVisible("#btn-accept-draw");
        black.browser().click("#btn-accept-draw");

        for (GamePage page : new GamePage[] {white, black}) {
            page.awaitStatus("finished");
            assertThat(page.text("#status")).as(page.browser().name()).contains("Draw by agreement");
            assertThat(page.isShown("#btn-offer-draw")).isFalse();
            assertThat(page.isShown("#btn-resign")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAThreefoldRepetition_whenThePlayerToMoveClaims_thenTheButtonWasOnlyThereForThemAndTheGameEndsDrawn(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Players players = twoPlayersInBrowsers(server, browsers);
        GamePage white = players.white();
        GamePage black = players.black();
        String[] shuffle = {"Nf3", "Nf6", "Ng1", "Ng8", "Nf3", "Nf6", "Ng1"};
        for (int ply = 0; ply < shuffle.length; ply++) {
            (ply % 2 == 0 ? white : black).typeMove(shuffle[ply]);
            white.awaitMoveCount(ply + 1);
            black.awaitMoveCount(ply + 1);
            assertThat(white.isShown("#btn-claim-draw")).as("white's claim button after %d plies", ply + 1).isFalse();
            assertThat(black.isShown("#btn-claim-draw")).as("black's claim button after %d plies", ply + 1).isFalse();
        }

        black.typeMove("Ng8"); // the start position, a third time, with white to move

        white.browser().awaitVisible("#btn-claim-draw");
        black.awaitMoveCount(8);
        assertThat(black.isShown("#btn-claim-draw")).isFalse();
        assertThat(white.text("#btn-claim-draw")).contains("threefold repetition");
        white.browser().click("#btn-claim-draw");
        for (GamePage page : new GamePage[] {white, black}) {
            page.awaitStatus("finished");
            assertThat(page.text("#status")).as(page.browser().name()).contains("Draw by threefold repetition");
        }
        JsonNode game = new ApiClient(server.base()).get("/api/games/" + white.gameId()).json();
        assertThat(game.get("reason").asText()).isEqualTo("threefold-repetition");
        assertThat(game.get("result").asText()).isEqualTo("1/2-1/2");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenThePlayerOfBlack_whenTheGameIsShown_thenRankEightIsAtTheBottomUntilTheBoardIsFlipped(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("black"), server.base());
        lobby.createGame("Bob", "black");
        GamePage black = lobby.goToGame();
        black.awaitSeat("black");

        assertThat(black.squareTop("e8")).isGreaterThan(black.squareTop("e1"));
        assertThat(black.squareTop("a8")).isGreaterThan(black.squareTop("a2"));
        assertThat(black.pieceOn("e8")).isEqualTo("bk");

        black.browser().click("#btn-flip");

        black.awaitSquareAbove("e8", "e1");
        assertThat(black.attribute("#btn-flip", "aria-pressed")).isEqualTo("true");
        black.browser().click("#btn-flip");
        black.awaitSquareAbove("e1", "e8");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTheFocusedBoardOfBlack_whenArrowKeysAndEnterPickAPieceAndItsDestination_thenTheMoveIsPlayed(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "black");
        GamePage black = seated.page();
        Opponent white = seated.opponent();
        white.plays("e4");
        black.awaitMoveCount(1);

        // The keyboard cursor starts on a1; for black, left runs towards h and down towards rank 8.
        black.pressOnBoard(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT,
                Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        black.awaitBoardAnnouncement("e7 Pawn Black");
        black.pressOnBoard(Keys.ENTER);
        assertThat(black.markedDestinations()).containsExactly("e5", "e6");
        black.pressOnBoard(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ENTER);

        black.awaitMoveCount(2);
        assertThat(black.text("#move-list")).contains("e5");
        assertThat(white.game().get("moves").get(1).asText()).isEqualTo("e5");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenThePromotionPickerOpenedByKeyboard_whenArrowDownMovesToTheKnightAndEnterIsPressed_thenE8IsAKnight(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "white", PROMOTION_START);
        GamePage white = seated.page();
        Opponent black = seated.opponent();

        // From the cursor's start on a1: four right to e1, six up to e7, pick, one up to e8, drop.
        white.pressOnBoard(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ENTER);
        white.pressOnBoard(Keys.ARROW_UP, Keys.ENTER);
        white.awaitPromotionChoices();
        white.pressOnFocused(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);

        assertThat(white.focusedPromotionChoice()).isEqualTo("wn");
        white.pressOnFocused(Keys.ENTER);
        white.awaitMoveCount(1);
        assertThat(white.pieceOn("e8")).isEqualTo("wn");
        assertThat(black.game().get("moves").get(0).asText()).isEqualTo("e8=N");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAGameInProgress_whenAMoveArrives_thenTheScreenReaderTableAndListsNameEachSquaresPiece(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "black");
        GamePage black = seated.page();
        Opponent white = seated.opponent();

        Map<String, String> start = black.accessibleBoard();
        assertThat(start).hasSize(64);
        assertThat(start).containsEntry("e1", "King White").containsEntry("d8", "Queen Black")
                .containsEntry("e2", "Pawn White").containsEntry("e4", "");
        assertThat(black.accessiblePieceLists()).contains("King e1", "Queen d8");

        white.plays("e4");

        black.awaitAccessibleSquare("e4", "Pawn White");
        assertThat(black.accessibleBoard()).containsEntry("e2", "");
        assertThat(black.attribute("#board svg", "aria-label")).contains("pawn e4", "king e1", "black at the bottom");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAnOpenLobby_whenAGameIsCreatedJoinedAndResignedThroughTheApi_thenItMovesThroughTheListsWithoutReload(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("lobby"), server.base());
        ApiClient api = new ApiClient(server.base());

        JsonNode created = api.post("/api/games", "{\"color\": \"white\", \"playerName\": \"Ada\"}").json();
        String gameId = created.get("gameId").asText();
        lobby.awaitListed("waiting", gameId);
        assertThat(lobby.isListed("active", gameId)).isFalse();

        Opponent black = Opponent.joins(server, gameId);
        lobby.awaitListed("active", gameId);
        assertThat(lobby.isListed("waiting", gameId)).isFalse();

        black.act("resign");
        lobby.awaitListed("finished", gameId);
        assertThat(lobby.isListed("active", gameId)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAStartPositionThatIsNoFen_whenTheGameIsCreated_thenTheApisMalformedRequestErrorIsShown(
            Variant variant, GameServers servers, Browsers browsers) {
        LobbyPage lobby = LobbyPage.open(browsers.open("creator"), servers.of(variant).base());

        String code = lobby.createGameExpectingError("not a fen");

        assertThat(code).isEqualTo("malformed-request");
        assertThat(lobby.createError()).containsIgnoringCase("FEN");
        assertThat(lobby.browser().find("#create-fen").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(lobby.browser().find("#create-result").isDisplayed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAStartPositionWithoutAWhiteKing_whenTheGameIsCreated_thenTheApisInvalidPositionErrorIsShown(
            Variant variant, GameServers servers, Browsers browsers) {
        LobbyPage lobby = LobbyPage.open(browsers.open("creator"), servers.of(variant).base());

        String code = lobby.createGameExpectingError("k7/8/8/8/8/8/8/8 w - - 0 1");

        assertThat(code).isEqualTo("invalid-position");
        assertThat(lobby.createError()).contains("breaks the rules of chess");
        assertThat(lobby.browser().find("#create-result").isDisplayed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoPlayers_whenWhiteClicksResignOnceAndThenAgain_thenOnlyTheSecondClickEndsTheGameForBoth(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Players players = twoPlayersInBrowsers(server, browsers);
        GamePage white = players.white();
        GamePage black = players.black();

        white.browser().click("#btn-resign");

        assertThat(white.text("#btn-resign")).containsIgnoringCase("again");
        assertThat(white.attribute("#game-root", "data-status")).isEqualTo("active");
        JsonNode stillActive = new ApiClient(server.base()).get("/api/games/" + white.gameId()).json();
        assertThat(stillActive.get("status").asText()).isEqualTo("active");
        white.browser().click("#btn-resign");
        for (GamePage page : new GamePage[] {white, black}) {
            page.awaitStatus("finished");
            assertThat(page.text("#status")).as(page.browser().name()).contains("Black wins by resignation");
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAGameWaitingInTheLobby_whenASecondPlayerPressesItsJoinButton_thenTheyAreSeatedAndBothSeeTheGameStart(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage creatorLobby = LobbyPage.open(browsers.open("white"), server.base());
        creatorLobby.createGame("Ada", "white");
        GamePage white = creatorLobby.goToGame();
        LobbyPage joinerLobby = LobbyPage.open(browsers.open("black"), server.base());
        joinerLobby.awaitListed("waiting", white.gameId());

        GamePage black = joinerLobby.joinListed(white.gameId(), "Bob");

        black.awaitSeat("black");
        assertThat(black.gameId()).isEqualTo(white.gameId());
        white.awaitStatus("active");
        assertThat(white.text("#player-top")).contains("Bob");
        assertThat(black.text("#player-bottom")).contains("Bob");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAGameWithAMoveTypedInUci_whenThePageIsShown_thenTheEventPanelTheVariantBadgeAndThePgnLinkTellTheSameStory(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "white");
        GamePage white = seated.page();
        Opponent black = seated.opponent();

        white.typeMove("e2e4");
        white.awaitMoveCount(1);
        black.plays("c5");

        white.awaitListedEvents(4);
        assertThat(white.listedEventTypes()).containsExactly("GameCreated", "PlayerJoined", "MovePlayed", "MovePlayed");
        assertThat(white.text("#move-list")).contains("e4", "c5");
        white.browser().awaitAttribute("#info-badge", "data-variant", variant.id());
        assertThat(white.text("#info-badge")).startsWith(variant.id());
        String pgn = new ApiClient(server.base()).get(white.attribute("#pgn-link", "href")).body();
        assertThat(pgn).contains("[White \"Ada\"]", "[Black \"Opponent\"]", "1. e4 c5");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenItIsTheOpponentsTurn_whenAMoveIsTyped_thenNotYourTurnIsShownAndNothingIsStored(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Seated seated = seatedAgainstApiOpponent(server, browsers, "white");
        GamePage white = seated.page();
        Opponent black = seated.opponent();
        white.typeMove("e4");
        white.awaitMoveCount(1);

        white.typeMove("d4");

        white.browser().awaitAttribute("#error", "data-error-code", "not-your-turn");
        assertThat(white.text("#error")).isNotBlank();
        assertThat(black.game().get("version").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPlayerNameThatLooksLikeMarkup_whenTheLobbyAndTheGameShowIt_thenItIsPlainTextAndNeverRuns(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        String name = "<img src=x onerror=window.pwned=1>";
        ApiClient.Response created = new ApiClient(server.base()).post("/api/games",
                "{\"playerName\": \"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String gameId = created.json().get("gameId").asText();

        LobbyPage lobby = LobbyPage.open(browsers.open("spectator"), server.base());
        lobby.awaitListed("waiting", gameId);
        assertThat(lobby.browser().find("#lobby-waiting li[data-game-id='" + gameId + "']").getText()).contains(name);
        assertNoInjectedMarkup(lobby.browser());
        GamePage game = GamePage.open(lobby.browser(), server.base().resolve("/game.html?id=" + gameId));
        lobby.browser().awaitText("#player-bottom", name);
        assertNoInjectedMarkup(game.browser());
        game.browser().awaitAttribute("#events-table", "data-count", "1");
        assertThat(game.text("#events-body")).contains(name);
        assertNoInjectedMarkup(game.browser());
    }

    private static void assertNoInjectedMarkup(Browser browser) {
        assertThat(browser.script("return document.querySelectorAll(\"img[src='x']\").length;")).isEqualTo(0L);
        assertThat(browser.script("return typeof window.pwned;")).isEqualTo("undefined");
    }

    /** A browser seated in a game it created in the lobby, and the opponent who joined it through the API. */
    private record Seated(GamePage page, Opponent opponent) {}

    private static Seated seatedAgainstApiOpponent(PackagedServer server, Browsers browsers, String color) {
        return seatedAgainstApiOpponent(server, browsers, color, "");
    }

    /** As {@code color} (Ada for white, Bob for black), from {@code fen} (empty: the standard start). */
    private static Seated seatedAgainstApiOpponent(PackagedServer server, Browsers browsers, String color,
                                                  String fen) {
        LobbyPage lobby = LobbyPage.open(browsers.open(color), server.base());
        String name = color.equals("white") ? "Ada" : "Bob";
        if (fen.isEmpty()) {
            lobby.createGame(name, color);
        } else {
            lobby.createGameFrom(name, color, fen);
        }
        GamePage page = lobby.goToGame();
        Opponent opponent = Opponent.joins(server, page.gameId());
        page.awaitStatus("active");
        return new Seated(page, opponent);
    }

    /** Two browsers, white created the game in the lobby and black joined from the link. */
    private record Players(GamePage white, GamePage black) {}

    private static Players twoPlayersInBrowsers(PackagedServer server, Browsers browsers) {
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
        URI link = lobby.createGame("Ada", "white");
        GamePage white = lobby.goToGame();
        GamePage black = GamePage.open(browsers.open("black"), link);
        black.join("Bob");
        black.awaitStatus("active");
        white.awaitStatus("active");
        return new Players(white, black);
    }

    /** A player who joined through the API and acts through it. */
    private record Opponent(ApiClient api, String gameId, String token) {

        static Opponent joins(PackagedServer server, String gameId) {
            ApiClient api = new ApiClient(server.base());
            ApiClient.Response joined = api.post("/api/games/" + gameId + "/players", "{\"playerName\": \"Opponent\"}");
            assertThat(joined.status()).as(joined.body()).isBetween(200, 201);
            return new Opponent(api, gameId, joined.json().get("playerToken").asText());
        }

        void plays(String move) {
            send("moves", "{\"move\": \"" + move + "\"}");
        }

        void act(String action) {
            send(action, "{}");
        }

        JsonNode game() {
            return api.get("/api/games/" + gameId).json();
        }

        private void send(String path, String body) {
            ApiClient.Response answer = api.post("/api/games/" + gameId + "/" + path, body, "Authorization",
                    "Bearer " + token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }
}
