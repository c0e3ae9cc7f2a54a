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
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13, point 5: chess clocks in the browser, in real headless Chromium against each packaged server. The time
 * control is chosen in the lobby's form and listed in the lobby; the game page shows both clocks beside the players,
 * counts the running one down by itself between the server's views, and shows a game lost on time when the server
 * ends it (no request from either page makes the flag fall).
 */
@ExtendWith({GameServers.Extension.class, Browsers.Extension.class})
class BrowserClockIT {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenACustomThreeSecondClock_whenBlackNeverMoves_thenBothPagesShowWhiteWinningOnTimeWithTheClocksStopped(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
        lobby.chooseCustomClock(0, 3, 0);
        URI link = lobby.createGame("Ada", "white");
        GamePage white = lobby.goToGame();
        GamePage black = GamePage.open(browsers.open("black"), link);
        black.join("Bob");
        white.awaitStatus("active");
        black.awaitStatus("active");
        assertThat(white.clockText("white")).isEqualTo("0:03.0");
        assertThat(white.clockText("black")).isEqualTo("0:03.0");
        assertThat(white.text("#status")).contains("The clocks start with the first move");

        white.typeMove("e4");

        report(variant, "e4 to the flag fall seen by white", white.browser().awaitAttribute("#game-root", "data-reason",
                "timeout"));
        report(variant, "e4 to the flag fall seen by black", black.browser().awaitAttribute("#game-root", "data-reason",
                "timeout"));
        for (GamePage page : new GamePage[] {white, black}) {
            String who = page.browser().name();
            page.awaitStatus("finished");
            assertThat(page.attribute("#game-root", "data-result")).as(who).isEqualTo("1-0");
            assertThat(page.text("#status")).as(who).contains("White wins on time (1-0)");
            page.awaitClockText("black", "0:00.0");
            assertThat(page.clockText("white")).as(who).isEqualTo("0:03.0");
            assertThat(page.clockAttribute("black", "data-running")).as(who).isEqualTo("false");
            assertThat(page.clockAttribute("white", "data-running")).as(who).isEqualTo("false");
            assertThat(page.clockAttribute("black", "data-flagged")).as(who).isEqualTo("true");
            assertThat(page.clockAttribute("black", "data-low")).as(who).isEqualTo("true");
            assertThat(page.clockAttribute("black", "aria-label")).as(who).isEqualTo("Black's clock, time out");
            assertThat(page.isShown("[data-test='time-out-black']")).as(who).isTrue();
            assertThat(page.browser().findAll("[data-test='time-out-white']")).as(who).isEmpty();
        }
        JsonNode clock = new ApiClient(server.base()).get("/api/games/" + white.gameId()).json().get("clock");
        assertThat(clock.get("black").asLong()).isZero();
        assertThat(clock.get("running").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAOneMinuteGame_whenWhiteHasMoved_thenBlacksClockTicksDownWithoutNewViewsWhileWhitesStands(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
        lobby.chooseTimeControl("60+0");
        lobby.createGame("Ada", "white");
        GamePage white = lobby.goToGame();
        ApiGame api = ApiGame.joining(server, white.gameId(), "black");
        white.awaitStatus("active");
        assertThat(white.clockText("black")).isEqualTo("1:00");

        white.typeMove("e4");

        white.awaitVersion(3);
        white.awaitClockRunning("black", true);
        white.awaitClockText("black", "0:58");
        assertThat(white.attribute("#game-root", "data-version")).as("no view arrived while it ticked").isEqualTo("3");
        assertThat(white.clockText("white")).isEqualTo("1:00");
        assertThat(white.clockAttribute("white", "data-running")).isEqualTo("false");
        assertThat(white.clockAttribute("black", "aria-label")).isEqualTo("Black's clock, running");
        assertThat(white.clockAttribute("black", "data-low")).as("58 s of a minute is not low").isEqualTo("false");
        api.act("black", "resign");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPresetChosenInTheCreateForm_whenTheGameIsCreated_thenTheServerHasThatClockAndTheLobbyListsIt(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
        lobby.chooseTimeControl("180+2");

        String gameId = gameIdOf(lobby.createGame("Ada", "white"));

        JsonNode clock = new ApiClient(server.base()).get("/api/games/" + gameId).json().get("clock");
        assertThat(clock.get("limit").asInt()).isEqualTo(180);
        assertThat(clock.get("increment").asInt()).isEqualTo(2);
        assertThat(lobby.listedTimeControl("waiting", gameId)).isEqualTo("3+2");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenNoClockChosen_whenTheGameIsCreated_thenTheLobbySaysNoClockAndTheGamePageShowsNone(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());

        String gameId = gameIdOf(lobby.createGame("Ada", "white"));

        assertThat(lobby.listedTimeControl("waiting", gameId)).isEqualTo("no clock");
        assertThat(new ApiClient(server.base()).get("/api/games/" + gameId).json().get("clock").isNull()).isTrue();
        GamePage white = lobby.goToGame();
        white.awaitSeat("white");
        assertThat(white.browser().findAll("#clock-white, #clock-black")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenACustomClockOfNoTimeAtAll_whenTheFormIsSubmitted_thenItPointsAtTheMinutesAndCreatesNothing(
            Variant variant, GameServers servers, Browsers browsers) {
        LobbyPage lobby = LobbyPage.open(browsers.open("white"), servers.of(variant).base());
        lobby.chooseCustomClock(0, 0, 0);

        String code = lobby.submitExpectingError();

        assertThat(code).isEqualTo("invalid-time-control");
        assertThat(lobby.createError()).contains("1 second", "3 hours");
        assertThat(lobby.browser().find("#clock-minutes").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(lobby.browser().find("#create-result").isDisplayed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAGameNobodyJoins_whenTheServerEndsItAfterTheWaitingTime_thenThePageAndTheLobbySayNoOpponentCame(
            Variant variant, Browsers browsers) {
        try (PackagedServer server = PackagedServer.startFresh(variant,
                GameServers.workDirectory().resolve("browser-expiry-" + variant.id()),
                List.of("--eschess.games.expire-waiting-after=4s"))) {
            LobbyPage lobby = LobbyPage.open(browsers.open("white"), server.base());
            lobby.chooseTimeControl("300+0");
            String gameId = gameIdOf(lobby.createGame("Ada", "white"));
            lobby.browser().click("#open-game");
            GamePage white = GamePage.shown(lobby.browser());

            white.browser().awaitAttribute("#game-root", "data-reason", "no-opponent");

            white.awaitStatus("finished");
            assertThat(white.attribute("#game-root", "data-result")).isEqualTo("*");
            assertThat(white.text("#status")).isEqualTo("Game ended: no opponent joined in time");
            assertThat(white.clockText("white")).isEqualTo("5:00");
            assertThat(white.clockAttribute("white", "data-flagged")).isEqualTo("false");
            assertThat(white.browser().findAll("[data-test^='time-out-']")).isEmpty();
            LobbyPage again = LobbyPage.open(white.browser(), server.base());
            again.awaitListed("finished", gameId);
            assertThat(again.browser().find("#lobby-finished li[data-game-id='" + gameId + "']").getText())
                    .contains("5+0", "no opponent joined in time");
        }
    }

    private static String gameIdOf(URI link) {
        return link.getQuery().replaceFirst("^.*\\bid=([^&]+).*$", "$1");
    }

    private static void report(Variant variant, String what, Duration latency) {
        System.out.printf("%s: %s %d ms%n", variant.id(), what, latency.toMillis());
    }
}
