package dev.eschess.engine;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;

/**
 * An independent referee for mate puzzles: a brute-force check, through the immutable {@link Position} API only,
 * that a move forces mate within a number of moves whatever the defence.
 */
final class ForcedMate {

    private ForcedMate() {
    }

    /** Whether playing {@code move} mates within {@code moves} moves of the side to move against every defence. */
    static boolean forcesMate(Position position, Move move, int moves) {
        Position after = position.play(move);
        if (after.isCheckmate()) {
            return true;
        }
        if (moves == 1 || after.legalMoves().isEmpty()) {
            return false;
        }
        for (Move defence : after.legalMoves()) {
            Position next = after.play(defence);
            if (next.legalMoves().stream().noneMatch(attack -> forcesMate(next, attack, moves - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the side to move can force mate within {@code moves} moves. */
    static boolean exists(Position position, int moves) {
        return position.legalMoves().stream().anyMatch(move -> forcesMate(position, move, moves));
    }
}
