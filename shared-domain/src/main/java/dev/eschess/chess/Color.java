package dev.eschess.chess;

/** The two sides of a chess game. */
public enum Color {
    WHITE,
    BLACK;

    /** The other side. */
    public Color opposite() {
        return this == WHITE ? BLACK : WHITE;
    }
}
