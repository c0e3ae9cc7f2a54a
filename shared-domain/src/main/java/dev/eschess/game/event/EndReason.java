package dev.eschess.game.event;

import dev.eschess.chess.outcome.DrawClaim;
import java.util.Locale;

/** Why a game ended; {@link #wireName()} is the stable string the HTTP API shows. */
public enum EndReason {
    CHECKMATE,
    STALEMATE,
    INSUFFICIENT_MATERIAL,
    FIVEFOLD_REPETITION,
    SEVENTY_FIVE_MOVE_RULE,
    /** Claimed by the player to move. */
    THREEFOLD_REPETITION,
    /** Claimed by the player to move. */
    FIFTY_MOVE_RULE,
    RESIGNATION,
    DRAW_AGREEMENT,
    /** The creator cancelled the game before anybody joined. */
    ABORTED,
    /** Nobody joined before the server's waiting time ran out; the game ended without a result. */
    NO_OPPONENT,
    /** The side to move ran out of time; the opponent wins. */
    TIMEOUT,
    /** The side to move ran out of time, but the opponent could not mate by any legal sequence: a draw. */
    TIMEOUT_VS_INSUFFICIENT_MATERIAL;

    /** The constant's name in lower-case kebab style: {@code checkmate}, {@code seventy-five-move-rule}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason a game ends for when the player to move makes this claim. */
    public static EndReason claimed(DrawClaim claim) {
        return switch (claim) {
            case THREEFOLD_REPETITION -> THREEFOLD_REPETITION;
            case FIFTY_MOVE_RULE -> FIFTY_MOVE_RULE;
        };
    }
}
