package dev.eschess.chess.outcome;

/** A draw that the player to move may claim but that does not end the game by itself. */
public enum DrawClaim {
    /** The current position has occurred at least three times. */
    THREEFOLD_REPETITION,
    /** 50 moves by each side (100 halfmoves) without a capture or a pawn move. */
    FIFTY_MOVE_RULE
}
