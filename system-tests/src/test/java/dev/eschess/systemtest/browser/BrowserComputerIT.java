package dev.eschess.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 16, point 5: a person plays the computer from the lobby in real headless Chromium against each packaged
 * server. The computer takes its seat at once, replies to each move by itself (the variant's process manager), the
 * game page names it with its level and hides "Computer is thinking…" once it has moved, and the lobby lists the game
 * with the computer's level.
 */
@ExtendWith({GameServers.Extension.class, Browsers.Extension.class})
class BrowserComputerIT {

    /** The person's moves after 1. e4, in order of preference; whatever the computer replies, one is legal. */
    private static final List<String> PREFERRED_MOVES = List.of("g1f3", "f1c4", "b1c3", "d2d4", "d2d3", "b2b3");

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPersonPlayingWhiteAgainstLevelOne_whenTheyMakeThreeMoves_thenTheComputerRepliesToEachByItself(
            Variant variant, GameServers servers, Browsers browsers) {
        PackagedServer server = servers.of(variant);
        ApiClient api = new ApiClient(server.base());
        LobbyPage lobby = LobbyPage.open(browsers.open("person"), server.base());

        GamePage game = lobby.playComputer("Ada", "white", 1);

        game.awaitSeat("white");
        game.awaitStatus("active");
        assertThat(game.attribute("#game-root", "data-computer")).isEqualTo("black");
        assertThat(game.text("#player-top .player-name")).isEqualTo("Computer (level 1)");
        assertThat(game.text("[data-test='computer-black']")).isEqualTo("computer · level 1");
        assertThat(game.isShown("#thinking")).as("White, the person, is to move").isFalse();
        List<String> played = new ArrayList<>();
        for (int turn = 1; turn <= 3; turn++) {
            if (turn == 1) {
                game.clickMove("e2", "e4");
                played.add("e2e4");
            } else {
                String move = preferredMove(api, game.gameId());
                game.typeMove(move);
                played.add(move);
            }

            Duration replied = game.awaitMoveCount(2 * turn);
            game.awaitThinking(false);

            assertThat(game.attribute("#game-root", "data-turn")).isEqualTo("white");
            assertThat(game.text("#status")).contains("your move");
            System.out.printf("%s: the computer's reply to %s seen in the browser after %d ms%n", variant.id(),
                    played.getLast(), replied.toMillis());
        }
        JsonNode view = api.get("/api/games/" + game.gameId()).json();
        assertThat(view.get("moves")).hasSize(6);
        assertThat(view.get("black").get("computer").get("level").asInt()).isEqualTo(1);

        String gameId = game.gameId();
        LobbyPage again = LobbyPage.open(game.browser(), server.base());
        assertThat(again.listedComputerLevel("active", gameId)).contains("level 1");
    }

    /** The first of the preferred moves that is legal in the game now, as the server says (UCI, typed as is). */
    private static String preferredMove(ApiClient api, String gameId) {
        JsonNode view = api.get("/api/games/" + gameId).json();
        assertThat(view.get("turn").asText()).as("%s", view).isEqualTo("white");
        List<String> legal = new ArrayList<>();
        view.get("legalMoves").forEach(move -> legal.add(move.asText()));
        return PREFERRED_MOVES.stream().filter(legal::contains).findFirst().orElse(legal.getFirst());
    }
}
