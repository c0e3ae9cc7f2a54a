package dev.eschess.chess;

import java.util.Objects;
import java.util.Optional;

/** A piece of one colour and one type, such as a white knight. */
public record Piece(Color color, PieceType type) {

    private static final Piece[] ALL = new Piece[12];

    static {
        for (Color color : Color.values()) {
            for (PieceType type : PieceType.values()) {
                ALL[color.ordinal() * 6 + type.ordinal()] = new Piece(color, type);
            }
        }
    }

    public Piece {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(type, "type");
    }

    /** The shared instance for this colour and type. */
    public static Piece of(Color color, PieceType type) {
        return ALL[color.ordinal() * 6 + type.ordinal()];
    }

    /** The FEN letter: upper case for white, lower case for black. */
    public char fenChar() {
        return color == Color.WHITE ? type.letter() : Character.toLowerCase(type.letter());
    }

    /** The piece a FEN letter stands for, if it stands for one. */
    public static Optional<Piece> fromFenChar(char c) {
        return switch (c) {
            case 'P', 'N', 'B', 'R', 'Q', 'K' -> PieceType.fromLetter(c).map(t -> of(Color.WHITE, t));
            case 'p', 'n', 'b', 'r', 'q', 'k' -> PieceType.fromLetter(c).map(t -> of(Color.BLACK, t));
            default -> Optional.empty();
        };
    }

    /** Index used by the internal board: colour * 6 + type. */
    int code() {
        return color.ordinal() * 6 + type.ordinal();
    }

    static Piece ofCode(int code) {
        return ALL[code];
    }
}
