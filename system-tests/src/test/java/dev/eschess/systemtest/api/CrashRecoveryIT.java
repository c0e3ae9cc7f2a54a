package dev.eschess.systemtest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
            ApiClient api = new ApiClient(server.base());
            JsonNode created = api.post("/api/games", "{\"playerName\": \"Ada\"}").json();
            String gameId = created.get("gameId").asText();
            String white = created.get("playerToken").asText();
            String black = api.post("/api/games/" + gameId + "/players", "{\"playerName\": \"Bob\"}")
                    .json().get("playerToken").asText();
            ApiClient.Response moved = api.post("/api/games/" + gameId + "/moves", "{\"move\": \"e4\"}",
                    "Authorization", "Bearer " + white);
            assertThat(moved.status()).isEqualTo(200);

            server.crash();
            server.startAgain();

            ApiClient restarted = new ApiClient(server.base());
            JsonNode game = restarted.get("/api/games/" + gameId).json();
            assertThat(game.get("version").asInt()).isEqualTo(moved.json().get("version").asInt());
            assertThat(game.get("moves").toString()).isEqualTo("[\"e4\"]");
            assertThat(restarted.post("/api/games/" + gameId + "/moves", "{\"move\": \"e5\"}",
                    "Authorization", "Bearer " + black).status()).isEqualTo(200);
            assertThat(restarted.post("/api/games/" + gameId + "/moves", "{\"move\": \"Nf3\"}",
                    "Authorization", "Bearer " + white).status()).isEqualTo(200);
        }
    }
}
