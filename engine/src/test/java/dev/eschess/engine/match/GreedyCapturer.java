package dev.eschess.engine.match;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The sparring partner: looks one ply ahead and takes the most valuable piece it can (a promotion counts as winning
 * the new piece), whatever it costs; without a capture it plays a random move. Ties are broken at random.
 */
final class GreedyCapturer implements Player {

    private static final int[] VALUE = {1, 3, 3, 5, 9, 0};

    private final RandomGenerator random;

    GreedyCapturer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Move choose(PositionHistory history) {
        Position position = history.current();
        List<Move> best = new ArrayList<>();
        int bestGain = -1;
        for (Move move : position.legalMoves()) {
            int gain = gain(position, move);
            if (gain > bestGain) {
                best.clear();
                bestGain = gain;
            }
            if (gain == bestGain) {
                best.add(move);
            }
        }
        return best.get(random.nextInt(best.size()));
    }

    private static int gain(Position position, Move move) {
        int captured = position.pieceAt(move.to())
                .map(piece -> VALUE[piece.type().ordinal()])
                .orElse(position.isCapture(move) ? VALUE[0] : 0);
        return captured + move.promotion().map(type -> VALUE[type.ordinal()] - VALUE[0]).orElse(0);
    }
}
