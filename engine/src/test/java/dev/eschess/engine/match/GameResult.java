package dev.eschess.engine.match;

import dev.eschess.chess.Color;
import java.util.Optional;

/**
 * How a test game ended.
 *
 * @param winner the side that gave mate; empty for a draw
 * @param ending the rule that ended it, for the report
 * @param plies  halfmoves played
 */
record GameResult(Optional<Color> winner, String ending, int plies) {
}
