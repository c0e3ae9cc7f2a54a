package dev.eschess.chess;

import java.util.Objects;

/** A FEN string that does not describe a legal chess position; the message names the problem. */
public final class FenException extends RuntimeException {

    private final FenError error;

    public FenException(FenError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The kind of problem. */
    public FenError error() {
        return error;
    }
}
