package dev.eschess.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.ApiGame;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

/**
 * Issue 7, point 8: the browser UI, served by each packaged server, played in real headless Chromium windows. Each
 * browser has its own profile, so its own seats, like two people on two machines.
 */
@ExtendWith({GameServers.Extension.class, Browsers.Extension.class})
class BrowserGameIT {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenTwoPlayersAndASpectator_whenFoolsMateIsPlayed_thenEveryoneSeesEachMoveLiveAndTheCheckmate(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Browser whiteBrowser = browsers.open("white");
        LobbyPage lobby = LobbyPage.open(whiteBrowser, server.base());
        URI link = lobby.createGame("Ada", "white");
        GamePage white = lobby.goToGame();
        white.awaitSeat("white");
        white.awaitStatus("waiting");

        GamePage black = GamePage.open(browsers.open("black"), link);
        black.join("Bob");
        black.awaitSeat("black");
        black.awaitStatus("active");
        white.awaitStatus("active");
        GamePage spectator = GamePage.open(browsers.open("spectator"), link);
        assertThat(spectator.seat()).isEqualTo("spectator");

        white.clickMove("f2", "f3");
        report(variant, "f3 by click, seen by black after", black.awaitMoveCount(1));
        report(variant, "f3 by click, seen by the spectator after", spectator.awaitMoveCount(1));
        black.dragMove("e7", "e5");
        report(variant, "e5 by drag, seen by white after", white.awaitMoveCount(2));
        white.typeMove("g4");
        report(variant, "g4 by keyboard, seen by black after", black.awaitMoveCount(3));
        // The README's picture of a game in progress (docs/images) is copied from here.
        black.browser().script("window.scrollTo(0, 0);");
        black.browser().screenshot(Browsers.screenshotDirectory().resolve("game-in-progress-" + variant.id() + ".png"));
        black.clickMove("d8", "h4");

        for (GamePage page : new GamePage[] {white, black, spectator}) {
            page.awaitStatus("finished");
            page.awaitMoveCount(4);
            assertThat(page.text("#status")).as(page.browser().name()).containsIgnoringCase("checkmate");
            assertThat(page.attribute("#board", "data-check")).isEqualTo("e1");
            assertThat(page.attribute("#board", "data-last-move")).isEqualTo("d8h4");
            assertThat(page.text("#move-list")).contains("f3", "e5", "g4", "Qh4#");
            page.browser().awaitAttribute("#events-table", "data-count", "7");
            page.browser().awaitAttribute("#info-badge", "data-variant", variant.id());
        }
        String pgnAddress = white.browser().find("#pgn-link").getDomProperty("href");
        ApiClient.Response pgn = new ApiClient(server.base()).get(URI.create(pgnAddress).getPath());
        assertThat(pgn.body()).contains("1. f3 e5 2. g4 Qh4# 0-1");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenASeatedPlayer_whenPickingAPiece_thenItsLegalDestinationsAreMarked(
            Variant variant, GameServers servers, Browsers browsers) {
        GamePage white = seatedWhiteInActiveGame(servers.of(variant), browsers).white();

        white.pick("g1");

        assertThat(white.markedDestinations()).containsExactly("f3", "h3");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenASeatedPlayer_whenTheyTypeAnIllegalMove_thenTheApiErrorIsShownAndNothingIsStored(
            Variant variant, GameServers servers, Browsers browsers) {
        SeatedGame game = seatedWhiteInActiveGame(servers.of(variant), browsers);
        GamePage white = game.white();

        white.typeMove("Ke2");

        white.browser().awaitAttribute("#error", "data-error-code", "illegal-move");
        assertThat(white.text("#error")).isNotBlank();
        JsonNode view = game.api().view();
        assertThat(view.get("version").asInt()).isEqualTo(2);
        assertThat(view.get("moves")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenASeatedPlayer_whenThePageIsReloaded_thenTheSeatIsKeptAndMovesStillWork(
            Variant variant, GameServers servers, Browsers browsers) {
        SeatedGame game = seatedWhiteInActiveGame(servers.of(variant), browsers);
        GamePage white = game.white();
        white.typeMove("e4");
        white.awaitMoveCount(1);

        white.browser().reload();
        GamePage reloaded = GamePage.loaded(white.browser());

        reloaded.awaitSeat("white");
        game.blackPlays("e5");
        reloaded.awaitMoveCount(2);
        reloaded.typeMove("Nf3");
        reloaded.awaitMoveCount(3);
        GamePage stranger = GamePage.open(browsers.open("stranger"), URI.create(white.browser().currentUrl()));
        assertThat(stranger.seat()).isEqualTo("spectator");
        assertThat(stranger.browser().find("#move-form").isDisplayed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAGameWithMoves_whenTheReplaySliderIsMovedBack_thenTheBoardShowsTheEarlierPositionUntilBackToLive(
            Variant variant, GameServers servers, Browsers browsers) {
        SeatedGame game = seatedWhiteInActiveGame(servers.of(variant), browsers);
        GamePage white = game.white();
        white.typeMove("e4");
        white.awaitMoveCount(1);
        game.blackPlays("e5");
        white.awaitMoveCount(2);
        white.typeMove("Nf3");
        white.awaitMoveCount(3);

        white.browser().click("#replay-slider");
        white.browser().find("#replay-slider").sendKeys(Keys.END, Keys.ARROW_LEFT, Keys.ARROW_LEFT);

        white.browser().awaitAttribute("#game-root", "data-replay", "3");
        assertThat(white.pieceOn("e4")).isEqualTo("wp");
        assertThat(white.pieceOn("e7")).isEqualTo("bp");
        assertThat(white.pieceOn("g1")).isEqualTo("wn");
        white.browser().click("#btn-live");
        white.browser().awaitAttribute("#game-root", "data-replay", "");
        assertThat(white.pieceOn("f3")).isEqualTo("wn");
        assertThat(white.pieceOn("e5")).isEqualTo("bp");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAReplayedPosition_whenTheOpponentMoves_thenTheReplayStaysAndTheFirstEventCanBeReplayedToo(
            Variant variant, GameServers servers, Browsers browsers) {
        SeatedGame game = seatedWhiteInActiveGame(servers.of(variant), browsers);
        GamePage white = game.white();
        white.typeMove("e4");
        white.awaitMoveCount(1);
        white.browser().click("#replay-slider");
        white.browser().find("#replay-slider").sendKeys(Keys.END, Keys.ARROW_LEFT);
        white.browser().awaitAttribute("#game-root", "data-replay", "2");

        game.blackPlays("e5");
        white.awaitVersion(4);

        assertThat(white.attribute("#game-root", "data-replay")).isEqualTo("2");
        assertThat(white.browser().find("#replay-slider").getDomProperty("value")).isEqualTo("2");
        assertThat(white.pieceOn("e2")).isEqualTo("wp");
        assertThat(white.pieceOn("e7")).isEqualTo("bp");
        white.browser().find("#replay-slider").sendKeys(Keys.HOME);
        white.browser().awaitAttribute("#game-root", "data-replay", "1");
        assertThat(white.isShown("#error")).isFalse();
        assertThat(white.text("#status")).contains("Waiting for an opponent");
        white.browser().click("#btn-live");
        white.browser().awaitAttribute("#game-root", "data-replay", "");
        assertThat(white.pieceOn("e5")).isEqualTo("bp");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenA360PixelWidePhone_whenTheLobbyAndAGameAreShown_thenNothingScrollsSideways(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Browser phone = browsers.open("phone", 360, 740);
        LobbyPage lobby = LobbyPage.open(phone, server.base());
        assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
        lobby.createGame("Ada", "black");
        GamePage game = lobby.goToGame();
        game.awaitSeat("black");

        assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
        assertThat(game.attribute("#board svg", "aria-label")).contains("Chessboard", "black at the bottom");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPhoneShowingTheBoard_whenTheOpponentMoves_thenThePageStaysWhereItWas(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        Browser phone = browsers.open("phone", 360, 740);
        LobbyPage lobby = LobbyPage.open(phone, server.base());
        lobby.createGame("Ada", "black");
        GamePage black = lobby.goToGame();
        ApiGame game = ApiGame.joining(server, black.gameId(), "white");
        black.awaitStatus("active");

        assertThat(game.play("white", "e4").status()).isEqualTo(200);
        black.awaitMoveCount(1);

        assertThat(((Number) phone.script("return window.scrollY;")).longValue()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAnOpenGame_whenTheServerRestarts_thenThePageReconnectsAndCatchesUpWithMovesMadeMeanwhile(
            Variant variant, Browsers browsers) {
        try (PackagedServer server = PackagedServer.startFresh(variant,
                GameServers.workDirectory().resolve("browser-restart-" + variant.id()))) {
            SeatedGame game = seatedWhiteInActiveGame(server, browsers);
            GamePage white = game.white();
            white.typeMove("e4");
            white.awaitMoveCount(1);

            server.stop();
            white.browser().awaitAttribute("#connection", "data-state", "reconnecting");
            server.startAgain();
            game.blackPlays("e5");

            white.browser().awaitAttribute("#connection", "data-state", "live");
            white.awaitMoveCount(2);
            white.typeMove("Nf3");
            white.awaitMoveCount(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAnOpenGame_whenTheConnectionDropsAndTheOpponentMovesMeanwhile_thenThePageCatchesUpOnceOnline(
            Variant variant, GameServers servers, Browsers browsers) {
        SeatedGame game = seatedWhiteInActiveGame(servers.of(variant), browsers);
        GamePage white = game.white();
        white.typeMove("e4");
        white.awaitMoveCount(1);

        white.browser().goOffline();
        white.browser().awaitAttribute("#connection", "data-state", "offline");
        game.blackPlays("e5");
        assertThat(white.attribute("#move-list", "data-count")).as("offline, the page cannot have seen e5").isEqualTo("1");
        white.browser().goOnline();

        white.browser().awaitAttribute("#connection", "data-state", "live");
        white.awaitMoveCount(2);
        white.typeMove("Nf3");
        white.awaitMoveCount(3);
    }

    /** White created the game in a browser's lobby; black joined through the API and plays through it. */
    private record SeatedGame(GamePage white, ApiGame api) {

        void blackPlays(String move) {
            ApiClient.Response answer = api.play("black", move);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    private static SeatedGame seatedWhiteInActiveGame(PackagedServer server, Browsers browsers) {
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
        lobby.createGame("Ada", "white");
        GamePage white = lobby.goToGame();
        white.awaitSeat("white");
        ApiGame api = ApiGame.joining(server, white.gameId(), "black");
        white.awaitStatus("active");
        return new SeatedGame(white, api);
    }

    private static long pageWidth(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
    }

    private static void report(Variant variant, String what, Duration latency) {
        System.out.printf("%s: %s %d ms%n", variant.id(), what, latency.toMillis());
    }
}
