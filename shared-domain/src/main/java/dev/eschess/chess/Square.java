package dev.eschess.chess;

import java.util.Optional;

/** One of the 64 squares, a1 to h8; ordinal and {@link #index()} run a1=0, b1=1, ..., h8=63. */
public enum Square {
    A1, B1, C1, D1, E1, F1, G1, H1,
    A2, B2, C2, D2, E2, F2, G2, H2,
    A3, B3, C3, D3, E3, F3, G3, H3,
    A4, B4, C4, D4, E4, F4, G4, H4,
    A5, B5, C5, D5, E5, F5, G5, H5,
    A6, B6, C6, D6, E6, F6, G6, H6,
    A7, B7, C7, D7, E7, F7, G7, H7,
    A8, B8, C8, D8, E8, F8, G8, H8;

    private static final Square[] VALUES = values();

    /** File 0..7 for a..h. */
    public int file() {
        return ordinal() & 7;
    }

    /** Rank 0..7 for 1..8. */
    public int rank() {
        return ordinal() >>> 3;
    }

    /** Index 0..63: a1=0, h1=7, a8=56, h8=63. */
    public int index() {
        return ordinal();
    }

    /** The square on file 0..7 and rank 0..7. */
    public static Square of(int file, int rank) {
        if (file < 0 || file > 7 || rank < 0 || rank > 7) {
            throw new IllegalArgumentException("no square at file " + file + ", rank " + rank);
        }
        return VALUES[rank * 8 + file];
    }

    /** The square with index 0..63. */
    public static Square ofIndex(int index) {
        return VALUES[index];
    }

    /** The square named in lower case, such as "e4"; empty for anything else. */
    public static Optional<Square> parse(String name) {
        if (name == null || name.length() != 2) {
            return Optional.empty();
        }
        int file = name.charAt(0) - 'a';
        int rank = name.charAt(1) - '1';
        if (file < 0 || file > 7 || rank < 0 || rank > 7) {
            return Optional.empty();
        }
        return Optional.of(VALUES[rank * 8 + file]);
    }

    /** Whether this is a light square (h1 is light, a1 is dark). */
    public boolean isLight() {
        return ((file() + rank()) & 1) == 1;
    }

    /** The name in lower case, such as "e4". */
    @Override
    public String toString() {
        return "" + (char) ('a' + file()) + (char) ('1' + rank());
    }
}
