package dev.eschess.chess;

/** One of the four castling rights a position may still hold. */
public enum CastlingRight {
    WHITE_KINGSIDE('K'),
    WHITE_QUEENSIDE('Q'),
    BLACK_KINGSIDE('k'),
    BLACK_QUEENSIDE('q');

    private final char fenChar;

    CastlingRight(char fenChar) {
        this.fenChar = fenChar;
    }

    /** The FEN letter of this right: 'K', 'Q', 'k' or 'q'. */
    public char fenChar() {
        return fenChar;
    }

    /** Bit of this right in the internal castling mask. */
    int bit() {
        return 1 << ordinal();
    }
}
