package dev.eschess.web.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.web.contract.ApiClient.Response;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One scripted game over HTTP, recorded as a transcript of statuses and bodies with ids, tokens and times
 * replaced by placeholders. Two servers behave the same when their transcripts are equal (issue 6, point 6):
 * play it against each variant and compare.
 */
public final class ScriptedGame {

    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern PGN_DATE = Pattern.compile("\\[Date \"[^\"]*\"]");

    /**
     * One request and its normalised answer.
     *
     * @param request method and path, with the game id replaced
     * @param status  the status code
     * @param headers the headers a client relies on (content type, ETag, Location, WWW-Authenticate), normalised
     * @param body    the body with ids, tokens and times replaced
     */
    public record Exchange(String request, int status, String headers, String body) {
    }

    /** Who sends a step: a seated player, nobody, or somebody with a made-up token. */
    private enum Sender { WHITE, BLACK, NOBODY, STRANGER }

    /** One scripted command: the resource under the game, its sender, its JSON body and any further headers. */
    private record Step(String resource, Sender sender, String body, String... headers) {
        static Step of(String resource, Sender sender, String body, String... headers) {
            return new Step(resource, sender, body, headers);
        }
    }

    private static final List<Step> SCRIPT = List.of(
            Step.of("moves", Sender.WHITE, "{\"move\": \"f3\"}"),
            Step.of("moves", Sender.WHITE, "{\"move\": \"e6\"}"),
            Step.of("moves", Sender.BLACK, "{\"move\": \"pawn to e5\"}"),
            Step.of("moves", Sender.NOBODY, "{\"move\": \"e7e5\"}"),
            Step.of("moves", Sender.STRANGER, "{\"move\": \"e7e5\"}"),
            Step.of("moves", Sender.BLACK, "{\"move\": \"e7e5\"}", "If-Match", "\"2\""),
            Step.of("moves", Sender.BLACK, "{\"move\": \"e7e5\"}", "If-Match", "\"3\""),
            Step.of("draw-accept", Sender.BLACK, "{}"),
            Step.of("draw-offer", Sender.WHITE, "{}"),
            Step.of("draw-offer", Sender.BLACK, "{}"),
            Step.of("draw-accept", Sender.WHITE, "{}"),
            Step.of("draw-decline", Sender.BLACK, "{}"),
            Step.of("draw-claim", Sender.WHITE, "{}"),
            Step.of("abort", Sender.WHITE, "{}"),
            Step.of("moves", Sender.WHITE, "{\"move\": \"g4\", \"commandId\": \"script-1\"}"),
            Step.of("moves", Sender.WHITE, "{\"move\": \"g4\", \"commandId\": \"script-1\"}"),
            Step.of("moves", Sender.BLACK, "{\"move\": \"Qh5\"}"),
            Step.of("moves", Sender.BLACK, "{\"move\": \"d8h4\"}"),
            Step.of("resign", Sender.WHITE, "{}"),
            Step.of("moves", Sender.WHITE, "{\"move\": \"a3\"}"));

    private ScriptedGame() {
    }

    /**
     * Plays a short game to checkmate with every kind of command and most refusals (400, 401, 404, 409, 412, 413,
     * 415, 422), one aborted game, and the reads after it; returns the transcript.
     */
    public static List<Exchange> play(ApiClient api) {
        List<Exchange> transcript = new ArrayList<>();
        Normaliser normalise = new Normaliser();
        transcript.add(normalise.exchange("POST /api/games bad FEN",
                api.post("/api/games", "{\"fen\": \"8/8/8/8/8/8/8/8 w - - 0 1\"}")));
        transcript.add(normalise.exchange("POST /api/games bad colour", api.post("/api/games", "{\"color\": \"green\"}")));
        transcript.add(normalise.exchange("POST /api/games as text", api.send("POST", "/api/games",
                HttpRequest.BodyPublishers.ofString("playerName=Ada"), "Content-Type", "text/plain")));
        transcript.add(normalise.exchange("POST /api/games too large",
                api.post("/api/games", "{\"playerName\": \"" + "x".repeat(17 * 1024) + "\"}")));
        transcript.add(normalise.exchange("GET unknown game", api.get("/api/games/no-such-game")));

        Response created = api.post("/api/games", "{\"playerName\": \"Ada\", \"color\": \"white\"}");
        JsonNode seat = created.json();
        String gameId = seat.get("gameId").asText();
        String white = seat.get("playerToken").asText();
        normalise.add(gameId, "<game>");
        normalise.add(white, "<white-token>");
        transcript.add(normalise.exchange("POST /api/games", created));
        String game = "/api/games/" + gameId;
        transcript.add(normalise.exchange("POST /moves before the join", api.post(game + "/moves",
                "{\"move\": \"e4\"}", "Authorization", "Bearer " + white)));
        transcript.add(normalise.exchange("POST /players by the creator", api.post(game + "/players", "{}",
                "Authorization", "Bearer " + white)));

        Response joined = api.post(game + "/players", "{\"playerName\": \"Bob\"}");
        String black = joined.json().get("playerToken").asText();
        normalise.add(black, "<black-token>");
        transcript.add(normalise.exchange("POST /players", joined));
        transcript.add(normalise.exchange("POST /players a third", api.post(game + "/players", "{\"playerName\": \"Cy\"}")));

        for (Step step : SCRIPT) {
            List<String> headers = new ArrayList<>(List.of(step.headers()));
            switch (step.sender()) {
                case WHITE -> headers.addAll(List.of("Authorization", "Bearer " + white));
                case BLACK -> headers.addAll(List.of("Authorization", "Bearer " + black));
                case STRANGER -> headers.addAll(List.of("Authorization", "Bearer not-a-seat-token"));
                case NOBODY -> { }
            }
            Response answer = api.post(game + "/" + step.resource(), step.body(), headers.toArray(String[]::new));
            transcript.add(normalise.exchange("POST /" + step.resource() + " " + step.sender() + " " + step.body()
                    + " " + List.of(step.headers()), answer));
        }
        for (String path : List.of("", "/events", "/pgn", "?atVersion=3", "?atVersion=99")) {
            transcript.add(normalise.exchange("GET " + path, api.get(game + path)));
        }

        Response abandoned = api.post("/api/games", "{\"playerName\": \"Dee\", \"color\": \"black\"}");
        String abandonedId = abandoned.json().get("gameId").asText();
        normalise.add(abandonedId, "<abandoned-game>");
        normalise.add(abandoned.json().get("playerToken").asText(), "<abandoned-token>");
        transcript.add(normalise.exchange("POST /api/games as black", abandoned));
        transcript.add(normalise.exchange("POST /abort", api.post("/api/games/" + abandonedId + "/abort", null,
                "Authorization", "Bearer " + abandoned.json().get("playerToken").asText())));
        transcript.add(normalise.exchange("GET /events of the aborted game",
                api.get("/api/games/" + abandonedId + "/events")));
        return transcript;
    }

    /** Replaces the values that legitimately differ between runs and servers. */
    private static final class Normaliser {
        private static final List<String> HEADERS = List.of("Content-Type", "ETag", "Location", "WWW-Authenticate");

        private final List<String[]> replacements = new ArrayList<>();

        void add(String value, String placeholder) {
            replacements.add(new String[] {value, placeholder});
        }

        Exchange exchange(String request, Response response) {
            StringBuilder headers = new StringBuilder();
            for (String name : HEADERS) {
                response.header(name).ifPresent(value -> headers.append(name).append(": ").append(value).append('\n'));
            }
            return new Exchange(request, response.status(), normalise(headers.toString()), normalise(response.body()));
        }

        private String normalise(String text) {
            for (String[] replacement : replacements) {
                text = text.replace(replacement[0], replacement[1]);
            }
            text = INSTANT.matcher(text).replaceAll("<time>");
            text = PGN_DATE.matcher(text).replaceAll("[Date \"<date>\"]");
            return text.replaceAll("\"(creatorId|playerId)\":\"[^\"]*\"", "\"$1\":\"<player>\"");
        }
    }
}
