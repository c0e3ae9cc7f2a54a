package dev.eschess.chess.notation;

/** A move written in UCI or SAN that could not be turned into a legal move, with the reason as a {@link Kind}. */
public final class MoveNotationException extends RuntimeException {

    /** Why a move text was rejected. */
    public enum Kind {
        /** The text is neither UCI nor SAN, whatever the position. */
        MALFORMED,
        /** The text is well formed, but no legal move in the position matches it. */
        ILLEGAL,
        /** The text is SAN that matches two or more legal moves. */
        AMBIGUOUS
    }

    private final Kind kind;
    private final String text;

    public MoveNotationException(Kind kind, String text, String message) {
        super(message);
        this.kind = kind;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    /** The move text as it was given. */
    public String text() {
        return text;
    }
}
