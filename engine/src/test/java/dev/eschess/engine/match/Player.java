package dev.eschess.engine.match;

import dev.eschess.chess.Move;
import dev.eschess.chess.outcome.PositionHistory;

/** One side of a test game: picks a legal move in the current position of a game. */
interface Player {

    /** The move to play; the game has not ended. */
    Move choose(PositionHistory history);
}
