package dev.eschess.chess.outcome;

/** A rule that ends the game by itself, without a claim; constants are in order of precedence. */
public enum AutomaticEnding {
    /** The side to move is in check and has no legal move: the other side wins. */
    CHECKMATE,
    /** The side to move is not in check and has no legal move: a draw. */
    STALEMATE,
    /** Neither side can ever checkmate (K v K, K and one minor piece v K, bishops all on one colour): a draw. */
    INSUFFICIENT_MATERIAL,
    /** The current position has occurred for the fifth time: a draw. */
    FIVEFOLD_REPETITION,
    /** 75 moves by each side (150 halfmoves) without a capture or a pawn move: a draw. */
    SEVENTY_FIVE_MOVE_RULE
}
