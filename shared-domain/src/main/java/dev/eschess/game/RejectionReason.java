package dev.eschess.game;

import java.util.Locale;

/**
 * Why the decider refused a command: a closed set, so that the HTTP layer can map each reason to exactly one
 * status. {@link #wireCode()} is stable and unique per reason (ADR 0005 lists the suggested HTTP mapping).
 */
public enum RejectionReason {
    /** A command other than create for a game that has no events. */
    GAME_NOT_FOUND,
    /** Create for a game id that already has events. */
    GAME_ALREADY_EXISTS,
    /** A player name that is blank, longer than 40 characters or contains control, format or separator characters. */
    INVALID_PLAYER_NAME,
    /** A start FEN that cannot be read (wrong fields, unknown characters, bad numbers). */
    MALFORMED_START_POSITION,
    /** A start FEN that reads but breaks the rules of chess, or whose game would already be over. */
    INVALID_START_POSITION,
    /** Join for a game whose two seats are taken. */
    GAME_FULL,
    /** Join by a player who already sits in the game. */
    ALREADY_SEATED,
    /** A game command by a player who sits in neither seat. */
    NOT_A_PLAYER,
    /** A game command that needs an opponent, while the second seat is still free. */
    GAME_NOT_STARTED,
    /** A command for a game that is over. */
    GAME_FINISHED,
    /** A move or a draw claim by the player who is not to move. */
    NOT_YOUR_TURN,
    /** A move text that is neither UCI nor SAN. */
    INVALID_NOTATION,
    /** A well-formed move that is not legal in the current position. */
    ILLEGAL_MOVE,
    /** SAN that matches two or more legal moves (for example {@code Nd2} when both knights can go there). */
    AMBIGUOUS_MOVE,
    /** An offer while an offer (by either side) is pending. */
    DRAW_ALREADY_OFFERED,
    /** An offer by a player who has offered a draw since their own last move (or since the start). */
    DRAW_OFFER_NEEDS_A_MOVE,
    /** Any command but a resignation in a game that has (nearly) recorded {@code GameDecider.MAX_EVENTS_PER_GAME}. */
    GAME_TOO_LONG,
    /** Accept or decline while no offer is pending. */
    NO_DRAW_OFFER,
    /** Accept or decline of the player's own offer. */
    OWN_DRAW_OFFER,
    /** A claim when neither threefold repetition nor the fifty-move rule holds on the current position. */
    DRAW_CLAIM_NOT_AVAILABLE,
    /** Abort by the player who did not create the game. */
    ONLY_CREATOR_CAN_ABORT,
    /** Abort by the creator, or the server's expiry of a waiting game, after the opponent has joined. */
    GAME_ALREADY_STARTED,
    /** Create with a time control outside 1 to 10,800 seconds, or an increment outside 0 to 180 seconds. */
    INVALID_TIME_CONTROL,
    /** A flag fall in a game played without clocks. */
    NO_CLOCK,
    /** A flag fall while the side to move still has time (a deadline made stale by a move). */
    TIME_REMAINS;

    /** The constant's name in lower-case kebab style, e.g. {@code not-your-turn}. */
    public String wireCode() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
