package dev.eschess.systemtest.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.web.contract.ApiClient;

/**
 * A game driven over the HTTP API, holding the seat tokens it was given; the server is asked for by its base
 * address on every call, so a game outlives a restart of its server.
 */
public final class ApiGame {

    private final PackagedServer server;
    private final String gameId;
    private String whiteToken = "";
    private String blackToken = "";

    private ApiGame(PackagedServer server, String gameId) {
        this.server = server;
        this.gameId = gameId;
    }

    /** Ada creates a game as white and Bob joins as black. */
    public static ApiGame betweenTwoPlayers(PackagedServer server) {
        JsonNode created = new ApiClient(server.base()).post("/api/games", "{\"playerName\": \"Ada\"}").json();
        ApiGame game = new ApiGame(server, created.get("gameId").asText());
        game.whiteToken = created.get("playerToken").asText();
        game.blackToken = game.join("Bob").get("playerToken").asText();
        return game;
    }

    /** Joins someone else's game (created in a browser) as the free seat's player. */
    public static ApiGame joining(PackagedServer server, String gameId, String color) {
        ApiGame game = new ApiGame(server, gameId);
        String token = game.join("Bob").get("playerToken").asText();
        switch (color) {
            case "white" -> game.whiteToken = token;
            case "black" -> game.blackToken = token;
            default -> throw new IllegalArgumentException("no colour " + color);
        }
        return game;
    }

    public String id() {
        return gameId;
    }

    /** Both tokens, for checks that they appear nowhere else. */
    public String[] tokens() {
        return new String[] {whiteToken, blackToken};
    }

    /** Sends {@code move} with the seat token of {@code color} ("white" or "black"). */
    public ApiClient.Response play(String color, String move) {
        String token = color.equals("white") ? whiteToken : blackToken;
        return new ApiClient(server.base()).post("/api/games/" + gameId + "/moves",
                "{\"move\": \"" + move + "\"}", "Authorization", "Bearer " + token);
    }

    /** Sends a command without a move (resign, draw-offer, ...) for {@code color}. */
    public ApiClient.Response act(String color, String action) {
        String token = color.equals("white") ? whiteToken : blackToken;
        return new ApiClient(server.base()).post("/api/games/" + gameId + "/" + action, "{}",
                "Authorization", "Bearer " + token);
    }

    /** The current GameView. */
    public JsonNode view() {
        return new ApiClient(server.base()).get("/api/games/" + gameId).json();
    }

    private JsonNode join(String name) {
        return new ApiClient(server.base())
                .post("/api/games/" + gameId + "/players", "{\"playerName\": \"" + name + "\"}").json();
    }
}
