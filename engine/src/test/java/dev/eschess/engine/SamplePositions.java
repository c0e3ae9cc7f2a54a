package dev.eschess.engine;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Positions from random games (fixed seed) of every phase, with the histories that led to them. */
final class SamplePositions {

    private SamplePositions() {
    }

    /** {@code count} histories, each the random game from the start cut after a random number of plies. */
    static List<PositionHistory> fromRandomGames(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PositionHistory> samples = new ArrayList<>();
        while (samples.size() < count) {
            PositionHistory history = PositionHistory.startingAt(Position.initial());
            int plies = random.nextInt(1, 120);
            for (int ply = 0; ply < plies && !history.current().legalMoves().isEmpty(); ply++) {
                List<Move> moves = history.current().legalMoves();
                history = history.play(moves.get(random.nextInt(moves.size())));
            }
            if (!history.current().legalMoves().isEmpty()) {
                samples.add(history);
            }
        }
        return samples;
    }
}
