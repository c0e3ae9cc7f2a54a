package dev.eschess.web.api;

import dev.eschess.game.GameStatus;
import dev.eschess.web.lobby.LobbyEntry;
import dev.eschess.web.lobby.LobbyQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/games}: the lobby, from the lobby projection, most recently changed first. */
@RestController
public class LobbyController {

    private final LobbyQuery lobby;

    public LobbyController(LobbyQuery lobby) {
        this.lobby = lobby;
    }

    @GetMapping(path = "/api/games", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LobbyEntry> games(@RequestParam(required = false) String status,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return lobby.games(status == null ? Optional.empty() : Optional.of(status(status)), limit);
    }

    private static GameStatus status(String text) {
        return switch (text) {
            case "waiting" -> GameStatus.WAITING;
            case "active" -> GameStatus.ACTIVE;
            case "finished" -> GameStatus.FINISHED;
            default -> throw new ApiProblem(ProblemCode.MALFORMED_REQUEST,
                    "status is waiting, active or finished");
        };
    }
}
