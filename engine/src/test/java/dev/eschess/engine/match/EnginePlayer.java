package dev.eschess.engine.match;

import dev.eschess.chess.Move;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.ComputerPlayer;
import dev.eschess.engine.level.Level;

/** The engine at a level, with a new seed for every move derived from the game's seed and the ply. */
record EnginePlayer(Level level, long seed) implements Player {

    @Override
    public Move choose(PositionHistory history) {
        long moveSeed = seed * 1_000_003L + history.current().fullmoveNumber();
        return ComputerPlayer.chooseMove(history, level, moveSeed);
    }
}
