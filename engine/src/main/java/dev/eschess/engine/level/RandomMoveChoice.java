package dev.eschess.engine.level;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The random move a weak level sometimes plays instead of the one it searched for: any legal move, a capture
 * three times as likely as a quiet move, so that even "almost random" play takes what is offered now and then.
 */
public final class RandomMoveChoice {

    private static final int CAPTURE_WEIGHT = 3;

    private RandomMoveChoice() {
    }

    /**
     * A random legal move of the position.
     *
     * @throws IllegalArgumentException if the position has no legal move
     */
    public static Move pick(Position position, RandomGenerator random) {
        List<Move> moves = position.legalMoves();
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("no legal move in " + position.fen());
        }
        int total = 0;
        for (Move move : moves) {
            total += weight(position, move);
        }
        int ticket = random.nextInt(total);
        for (Move move : moves) {
            ticket -= weight(position, move);
            if (ticket < 0) {
                return move;
            }
        }
        throw new IllegalStateException("the weights add up to " + total);
    }

    private static int weight(Position position, Move move) {
        return position.isCapture(move) ? CAPTURE_WEIGHT : 1;
    }
}
