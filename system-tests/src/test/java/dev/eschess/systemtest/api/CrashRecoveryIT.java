package dev.eschess.systemtest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.ApiGame;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing acknowledged is lost: a move answered {@code 200} is still there after the server process is killed
 * outright (no shutdown, no flush) and started again on the same embedded database, and both seats still work.
 */
class CrashRecoveryIT {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAnAcknowledgedMove_whenTheProcessIsKilled_thenTheRestartedServerHasTheMoveAndBothSeats(Variant variant) {
        try (PackagedServer server = PackagedServer.startFresh(variant,
                GameServers.workDirectory().resolve("crash-" + variant.id()))) {
            ApiGame game = ApiGame.betweenTwoPlayers(server);
            ApiClient.Response moved = game.play("white", "e4");
            assertThat(moved.status()).isEqualTo(200);

            server.crash();
            server.startAgain();

            JsonNode view = game.view();
            assertThat(view.get("version").asInt()).isEqualTo(moved.json().get("version").asInt());
            assertThat(view.get("moves").toString()).isEqualTo("[\"e4\"]");
            assertThat(game.play("black", "e5").status()).isEqualTo(200);
            assertThat(game.play("white", "Nf3").status()).isEqualTo(200);
        }
    }
}
