package dev.eschess.web.api;

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
     */
    public record CreateGame(String playerName, String color, String fen, Clock clock) {
    }

    /**
     * The {@code clock} of {@code POST /api/games}.
     *
     * @param limit     seconds each side starts with, 1 to 10800
     * @param increment seconds added after each move, 0 to 180; 0 when absent
     */
    public record Clock(Integer limit, Integer increment) {
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
