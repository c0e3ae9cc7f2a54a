package dev.eschess.chess;

/** The six kinds of chess piece, in the order pawn, knight, bishop, rook, queen, king. */
public enum PieceType {
    PAWN('P'),
    KNIGHT('N'),
    BISHOP('B'),
    ROOK('R'),
    QUEEN('Q'),
    KING('K');

    private final char letter;

    PieceType(char letter) {
        this.letter = letter;
    }

    /** The upper-case English letter of this type, as used in FEN and SAN: 'P', 'N', 'B', 'R', 'Q', 'K'. */
    public char letter() {
        return letter;
    }

    /** Whether a pawn may promote to this type. */
    public boolean isPromotionTarget() {
        return this == KNIGHT || this == BISHOP || this == ROOK || this == QUEEN;
    }

    /** The type whose letter (either case) is {@code c}. */
    public static java.util.Optional<PieceType> fromLetter(char c) {
        char upper = Character.toUpperCase(c);
        for (PieceType type : values()) {
            if (type.letter == upper) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
