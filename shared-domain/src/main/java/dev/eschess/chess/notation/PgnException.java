package dev.eschess.chess.notation;

/**
 * PGN text that could not be read as one game; names the first bad token and the move number it stood at.
 *
 * <p>The move number is the full-move number of the position the token was read in, or 0 for a problem in
 * the tag section (before the first move).
 */
public final class PgnException extends RuntimeException {

    private final String token;
    private final int moveNumber;

    public PgnException(String message, String token, int moveNumber) {
        super(message);
        this.token = token;
        this.moveNumber = moveNumber;
    }

    public PgnException(String message, String token, int moveNumber, Throwable cause) {
        super(message, cause);
        this.token = token;
        this.moveNumber = moveNumber;
    }

    /** The first token that could not be read, as it appeared in the text. */
    public String token() {
        return token;
    }

    /** The full-move number where the token stood; 0 in the tag section. */
    public int moveNumber() {
        return moveNumber;
    }
}
