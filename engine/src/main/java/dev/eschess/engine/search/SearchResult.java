package dev.eschess.engine.search;

import dev.eschess.chess.Move;
import java.util.List;
import java.util.Objects;

/**
 * What a search found.
 *
 * @param bestMove          the move to play
 * @param score             the score of the position after the best move, from the side to move ({@link Scores})
 * @param completedDepth    the deepest iteration that finished (0 if the budget ran out during the first)
 * @param nodes             nodes visited, quiescence included
 * @param principalVariation the expected line, starting with the best move (may be just that move)
 */
public record SearchResult(Move bestMove, int score, int completedDepth, long nodes, List<Move> principalVariation) {

    public SearchResult {
        Objects.requireNonNull(bestMove, "bestMove");
        principalVariation = List.copyOf(principalVariation);
    }
}
