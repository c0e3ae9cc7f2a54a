package dev.eschess.chess.notation;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A move as a player typed it, in UCI or in SAN, read against a position.
 *
 * <p>How the two are told apart: text of the exact UCI shape (two square names and an optional promotion
 * letter, such as {@code b1c3} or {@code e7e8q}) is UCI; everything else is SAN. The shapes cannot collide:
 * SAN never starts with two square names in a row ({@code Nc3}, {@code exd5}, {@code Nb1c3} all differ from
 * {@code b1c3}). For players' convenience the UCI promotion letter may also be upper case ({@code e7e8Q}) and
 * surrounding blanks are ignored.
 */
public final class MoveText {

    private static final Pattern UCI_SHAPE = Pattern.compile("[a-h][1-8][a-h][1-8][qrbnQRBN]?");

    private MoveText() {
    }

    /**
     * The legal move the text names.
     *
     * @throws MoveNotationException MALFORMED if the text is neither UCI nor SAN, ILLEGAL if it is well formed but
     *                               names no legal move, AMBIGUOUS if it is SAN that names several
     */
    public static Move parse(Position position, String text) {
        String trimmed = text.strip();
        if (UCI_SHAPE.matcher(trimmed).matches()) {
            Move move = Uci.parse(trimmed.toLowerCase(Locale.ROOT));
            if (!position.isLegal(move)) {
                throw new MoveNotationException(MoveNotationException.Kind.ILLEGAL, text,
                        "'" + text + "' is not a legal move here" + promotionHint(position, move));
            }
            return move;
        }
        try {
            return San.parse(position, trimmed);
        } catch (MoveNotationException e) {
            if (e.kind() == MoveNotationException.Kind.MALFORMED) {
                throw new MoveNotationException(MoveNotationException.Kind.MALFORMED, text, "'" + text
                        + "' is not a move in UCI (such as e2e4, e7e8q) or SAN (such as e4, Nf3, exd5, e8=Q, O-O)");
            }
            throw e;
        }
    }

    /** Says so when the only thing missing is the promotion piece ({@code e7e8} for {@code e7e8q}). */
    private static String promotionHint(Position position, Move move) {
        boolean promotesWithSomePiece = move.promotion().isEmpty() && position.legalMoves().stream()
                .anyMatch(legal -> legal.from() == move.from() && legal.to() == move.to()
                        && legal.promotion().isPresent());
        return promotesWithSomePiece ? " without a promotion piece (for example " + Uci.format(move) + "q)" : "";
    }
}
