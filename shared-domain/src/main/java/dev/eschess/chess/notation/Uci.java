package dev.eschess.chess.notation;

import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Square;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UCI long algebraic notation ({@code e2e4}, {@code e7e8q}, castling as the king's move {@code e1g1}).
 *
 * <p>This class checks syntax only; whether a move is legal is a question for a position.
 */
public final class Uci {

    private static final Pattern SYNTAX = Pattern.compile("([a-h][1-8])([a-h][1-8])([qrbn])?");

    private Uci() {
    }

    /** The UCI text of a move, for example {@code e2e4} or {@code e7e8q}. */
    public static String format(Move move) {
        return move.uci();
    }

    /**
     * Reads a UCI move: two square names and an optional lower-case promotion letter ({@code q r b n}).
     *
     * @throws MoveNotationException of kind MALFORMED if the text is not UCI
     */
    public static Move parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw new MoveNotationException(MoveNotationException.Kind.MALFORMED, text,
                    "'" + text + "' is not a UCI move (expected something like e2e4 or e7e8q)");
        }
        Square from = square(matcher.group(1));
        Square to = square(matcher.group(2));
        if (from == to) {
            throw new MoveNotationException(MoveNotationException.Kind.MALFORMED, text,
                    "'" + text + "' is not a UCI move: it starts and ends on " + from);
        }
        return Optional.ofNullable(matcher.group(3))
                .map(letter -> Move.promotion(from, to, promotionType(letter.charAt(0))))
                .orElseGet(() -> Move.of(from, to));
    }

    private static Square square(String name) {
        return Square.parse(name).orElseThrow();
    }

    private static PieceType promotionType(char letter) {
        return switch (letter) {
            case 'q' -> PieceType.QUEEN;
            case 'r' -> PieceType.ROOK;
            case 'b' -> PieceType.BISHOP;
            case 'n' -> PieceType.KNIGHT;
            default -> throw new IllegalStateException("the pattern admits only q, r, b and n, not " + letter);
        };
    }
}
