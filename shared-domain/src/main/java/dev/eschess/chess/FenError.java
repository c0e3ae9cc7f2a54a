package dev.eschess.chess;

/** The kinds of problem a FEN string can have; {@link FenException#getMessage()} names the specific one. */
public enum FenError {
    /** The string is empty or blank. */
    EMPTY,
    /** Not six space-separated fields. */
    FIELD_COUNT,
    /** The placement does not have eight ranks separated by '/'. */
    RANK_COUNT,
    /** A rank describes more or fewer than eight squares. */
    RANK_LENGTH,
    /** A rank contains a character that is neither a piece letter nor a digit 1-8. */
    UNKNOWN_PIECE,
    /** A rank has two digits in a row ("44" instead of "8"), which is not canonical FEN. */
    CONSECUTIVE_DIGITS,
    /** The side to move is not "w" or "b". */
    SIDE_TO_MOVE,
    /** The castling field is not "-" or a subset of "KQkq" in that order. */
    CASTLING_SYNTAX,
    /** The en passant field is not "-" or a square name. */
    EN_PASSANT_SYNTAX,
    /** The halfmove clock is not a non-negative whole number. */
    HALFMOVE_CLOCK,
    /** The fullmove number is not a positive whole number. */
    FULLMOVE_NUMBER,
    /** A side has no king. */
    MISSING_KING,
    /** A side has more than one king. */
    TOO_MANY_KINGS,
    /** A pawn stands on the first or the eighth rank. */
    PAWN_ON_BACK_RANK,
    /** A side has more than eight pawns. */
    TOO_MANY_PAWNS,
    /** A side has more pieces than sixteen, or more promoted pieces than pawns it has lost. */
    TOO_MANY_PIECES,
    /** A castling right is given but the king is not on its home square. */
    CASTLING_WITHOUT_KING,
    /** A castling right is given but the rook is not on its home square. */
    CASTLING_WITHOUT_ROOK,
    /** The en passant square cannot follow a double pawn push of the side that just moved. */
    EN_PASSANT_IMPOSSIBLE,
    /** The side that just moved left its own king in check. */
    SIDE_NOT_TO_MOVE_IN_CHECK
}
