package dev.eschess.chess.notation;

/**
 * Portable Game Notation: writes a game in export format and reads one game in import format.
 *
 * <p>Written: the Seven Tag Roster in order (Event, Site, Date, Round, White, Black, Result, with {@code ?},
 * {@code ????.??.??} and {@code *} for missing ones), {@code SetUp "1"} and {@code FEN} when the game does not
 * start from the standard position, the other tags in their order, a blank line, SAN movetext with move numbers
 * ({@code 12... Nf6} when black moves first) ending with the result, in lines of at most 80 characters. Tag
 * pairs are never split, so a very long tag value makes a longer line.
 *
 * <p>Read: tag pairs, then movetext in which comments ({@code {...}}, {@code ;...}), {@code %} escape lines,
 * NAGs ({@code $1}), annotation marks ({@code !?}), move numbers ({@code 1.}, {@code 1...}) and variations
 * ({@code (...)}, nested, not checked) are skipped; the termination marker must agree with the Result tag and
 * must be the last thing in the text. Errors are {@link PgnException}s that name the first bad
 * token and its move number, such as {@code illegal move 'Nf6' at move 3}.
 */
public final class Pgn {

    private Pgn() {
    }

    /** The game in PGN export format, ending with a line break. */
    public static String write(PgnGame game) {
        return PgnWriter.write(game);
    }

    /**
     * Reads one game.
     *
     * @throws PgnException naming the first token that could not be read and its move number
     */
    public static PgnGame read(String text) throws PgnException {
        return PgnReader.read(text);
    }
}
