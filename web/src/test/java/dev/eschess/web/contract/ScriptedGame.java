package dev.eschess.web.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.web.contract.ApiClient.Response;
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
     * @param body    the body with ids, tokens and times replaced
     */
    public record Exchange(String request, int status, String body) {
    }

    private ScriptedGame() {
    }

    /** Plays a short game with every kind of command and a few refusals, to checkmate, and returns the transcript. */
    public static List<Exchange> play(ApiClient api) {
        List<Exchange> transcript = new ArrayList<>();
        Response created = api.post("/api/games", "{\"playerName\": \"Ada\", \"color\": \"white\"}");
        JsonNode seat = created.json();
        String gameId = seat.get("gameId").asText();
        String white = seat.get("playerToken").asText();
        Normaliser normalise = new Normaliser(gameId, white);
        transcript.add(normalise.exchange("POST /api/games", created));

        Response joined = api.post("/api/games/" + gameId + "/players", "{\"playerName\": \"Bob\"}");
        String black = joined.json().get("playerToken").asText();
        normalise.add(black);
        transcript.add(normalise.exchange("POST /players", joined));

        String[][] script = {
                {"moves", "w", "{\"move\": \"f3\"}"},
                {"moves", "w", "{\"move\": \"e6\"}"},
                {"moves", "b", "{\"move\": \"e7e5\"}"},
                {"draw-offer", "w", "{}"},
                {"draw-accept", "w", "{}"},
                {"draw-decline", "b", "{}"},
                {"draw-claim", "w", "{}"},
                {"moves", "w", "{\"move\": \"g4\", \"commandId\": \"script-1\"}"},
                {"moves", "w", "{\"move\": \"g4\", \"commandId\": \"script-1\"}"},
                {"moves", "b", "{\"move\": \"Qh5\"}"},
                {"moves", "b", "{\"move\": \"d8h4\"}"},
                {"resign", "w", "{}"},
        };
        for (String[] step : script) {
            String token = step[1].equals("w") ? white : black;
            Response answer = api.post("/api/games/" + gameId + "/" + step[0], step[2],
                    "Authorization", "Bearer " + token);
            transcript.add(normalise.exchange("POST /" + step[0] + " " + step[1] + " " + step[2], answer));
        }
        for (String path : List.of("", "/events", "/pgn", "?atVersion=3")) {
            transcript.add(normalise.exchange("GET " + path, api.get("/api/games/" + gameId + path)));
        }
        return transcript;
    }

    /** Replaces the values that legitimately differ between runs and servers. */
    private static final class Normaliser {
        private final List<String[]> replacements = new ArrayList<>();

        Normaliser(String gameId, String token) {
            replacements.add(new String[] {gameId, "<game>"});
            add(token);
        }

        void add(String token) {
            replacements.add(new String[] {token, "<token-" + replacements.size() + ">"});
        }

        Exchange exchange(String request, Response response) {
            String body = response.body();
            for (String[] replacement : replacements) {
                body = body.replace(replacement[0], replacement[1]);
            }
            body = INSTANT.matcher(body).replaceAll("<time>");
            body = PGN_DATE.matcher(body).replaceAll("[Date \"<date>\"]");
            body = body.replaceAll("\"(creatorId|playerId)\":\"[^\"]*\"", "\"$1\":\"<player>\"");
            return new Exchange(request, response.status(), body);
        }
    }
}
