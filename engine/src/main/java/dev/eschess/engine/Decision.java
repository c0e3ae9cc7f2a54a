package dev.eschess.engine;

import dev.eschess.chess.Move;
import dev.eschess.engine.search.Scores;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the computer would do in a position: the move it plays and how it judges the position.
 *
 * @param move          the move to play
 * @param centipawns    the search's score for the side to move (the computer): positive is good for it; a forced
 *                      mate is beyond {@link Scores#MATE_BOUND}. A level that plays a random move keeps the score
 *                      of the move it searched for: its judgement, not its luck.
 * @param depth         the deepest search iteration that finished
 * @param nodes         the positions searched
 * @param expectedLine  the line the search expects, starting with the best move it found
 */
public record Decision(Move move, int centipawns, int depth, long nodes, List<Move> expectedLine) {

    public Decision {
        Objects.requireNonNull(move, "move");
        expectedLine = List.copyOf(expectedLine);
    }

    /** In how many moves the computer mates (positive) or is mated (negative), when the search saw a forced mate. */
    public Optional<Integer> mateInMoves() {
        return Scores.isMate(centipawns) ? Optional.of(Scores.mateInMoves(centipawns)) : Optional.empty();
    }
}
