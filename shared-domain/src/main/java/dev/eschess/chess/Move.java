package dev.eschess.chess;

import java.util.Objects;
import java.util.Optional;

/** A move as a player names it: from a square to a square, with the piece a pawn promotes to. Castling is the king's two-square move. */
public record Move(Square from, Square to, Optional<PieceType> promotion) {

    public Move {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(promotion, "promotion");
        if (from == to) {
            throw new IllegalArgumentException("a move must change square: " + from);
        }
        promotion.ifPresent(type -> {
            if (!type.isPromotionTarget()) {
                throw new IllegalArgumentException("a pawn cannot promote to " + type);
            }
        });
    }

    /** A move without promotion. */
    public static Move of(Square from, Square to) {
        return new Move(from, to, Optional.empty());
    }

    /** A pawn move that promotes to {@code type} (knight, bishop, rook or queen). */
    public static Move promotion(Square from, Square to, PieceType type) {
        return new Move(from, to, Optional.of(type));
    }

    /** The move in UCI long algebraic notation: "e2e4", "e7e8q". */
    public String uci() {
        String base = from.toString() + to;
        return promotion.map(type -> base + Character.toLowerCase(type.letter())).orElse(base);
    }

    @Override
    public String toString() {
        return uci();
    }
}
