package dev.eschess.chess;

/** Thrown when a move that is not legal in a position is played there. */
public final class IllegalMoveException extends RuntimeException {

    private final transient Move move;

    public IllegalMoveException(Move move, String fen) {
        super("move " + move.uci() + " is not legal in " + fen);
        this.move = move;
    }

    /** The move that was rejected. */
    public Move move() {
        return move;
    }
}
