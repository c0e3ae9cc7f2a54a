package dev.eschess.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls a player makes, over the JDK client, with the answers as JSON trees. */
final class GameClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI games;
    private final URI info;

    GameClient(HttpClient http, URI baseUrl) {
        this.http = http;
        this.games = baseUrl.resolve("/api/games");
        this.info = baseUrl.resolve("/api/info");
    }

    /** An answer: its status and its body as JSON (an empty object if the body is not JSON). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Answer create(String playerName) throws IOException, InterruptedException {
        return send(post(games, null, "{\"playerName\":\"" + playerName + "\"}"));
    }

    Answer join(String gameId, String playerName) throws IOException, InterruptedException {
        return send(post(URI.create(games + "/" + gameId + "/players"), null,
                "{\"playerName\":\"" + playerName + "\"}"));
    }

    Answer move(String gameId, String token, String uci) throws IOException, InterruptedException {
        return send(post(URI.create(games + "/" + gameId + "/moves"), token, "{\"move\":\"" + uci + "\"}"));
    }

    /** A command without a body of its own ({@code draw-offer}, {@code draw-decline}, ...) for the token's seat. */
    Answer act(String gameId, String token, String action) throws IOException, InterruptedException {
        return send(post(URI.create(games + "/" + gameId + "/" + action), token, "{}"));
    }

    Answer view(String gameId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(games + "/" + gameId)).timeout(TIMEOUT).GET().build());
    }

    /** {@code GET /api/info}: which variant answers, on which event store. */
    Answer info() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(info).timeout(TIMEOUT).GET().build());
    }

    Answer events(String gameId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(games + "/" + gameId + "/events")).timeout(TIMEOUT).GET()
                .build());
    }

    private static HttpRequest post(URI uri, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException notJson) {
            body = json.createObjectNode();
        }
        return new Answer(response.statusCode(), body == null ? json.createObjectNode() : body);
    }
}
