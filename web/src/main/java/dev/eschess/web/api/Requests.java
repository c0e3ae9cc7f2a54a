package dev.eschess.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON bodies the API reads. Every field is optional at the JSON level; unknown fields are ignored. */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code POST /api/games}.
     *
     * @param playerName the creator's name; {@value GameCommandService#DEFAULT_NAME} when absent
     * @param color      {@code white} (default), {@code black} or {@code random}
     * @param fen        a start position; the standard one when absent
     * @param clock      a time control; a game without clocks when absent
     * @param opponent   {@code {"computer": LEVEL}} to play the computer at level 1 to 8, which takes the other seat
     *                   at once (refused with {@code too-many-computer-games} while the client address has as many
     *                   unfinished ones as {@link ComputerGameQuota} allows); a person joins when absent. Read as it
     *                   was sent and checked by {@link GameCommandService}: Jackson would turn {@code "3"} or
     *                   {@code 3.5} into 3 and ignore a misspelt key, and a request for an opponent that is not exactly
     *                   this must be refused.
     */
    public record CreateGame(String playerName, String color, String fen, Clock clock,
                             @Schema(implementation = ComputerOpponent.class) JsonNode opponent) {

        /** A game for two people, without clocks, from the start position. */
        static CreateGame empty() {
            return new CreateGame(null, null, null, null, null);
        }
    }

    /**
     * The {@code clock} of {@code POST /api/games}.
     *
     * @param limit     seconds each side starts with, 1 to 10800
     * @param increment seconds added after each move, 0 to 180; 0 when absent
     */
    public record Clock(Integer limit, Integer increment) {
    }

    /**
     * The {@code opponent} of {@code POST /api/games} as the API documents it; no other key is allowed.
     *
     * @param computer the computer's level, an integer from 1 (weakest) to 8 (strongest)
     */
    public record ComputerOpponent(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "8") int computer) {
    }

    /** {@code POST /api/games/{id}/players}. @param playerName the joining player's name */
    public record JoinGame(String playerName) {
    }

    /**
     * {@code POST /api/games/{id}/moves}.
     *
     * @param move      UCI or SAN
     * @param commandId optional client id; a retry with the same id is applied once
     */
    public record MakeMove(String move, String commandId) {
    }

    /** The body of resign, draw and abort commands, which may also be empty. @param commandId optional client id */
    public record Action(String commandId) {
    }
}
