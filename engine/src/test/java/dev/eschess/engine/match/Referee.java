package dev.eschess.engine.match;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.Optional;

/**
 * Plays a game to its end by the shared rules: checkmate wins; stalemate, insufficient material, fivefold
 * repetition and the seventy-five-move rule draw by themselves; a threefold repetition or fifty moves without a
 * capture or pawn move end it as a draw too, as if the side that wants a draw claimed it. Every move goes through
 * {@link PositionHistory#play}, which refuses an illegal move.
 */
final class Referee {

    private Referee() {
    }

    static GameResult play(Player white, Player black) {
        PositionHistory history = PositionHistory.startingAt(Position.initial());
        int plies = 0;
        while (true) {
            Optional<GameResult> end = ending(history, plies);
            if (end.isPresent()) {
                return end.get();
            }
            Player mover = history.current().sideToMove() == Color.WHITE ? white : black;
            Move move = mover.choose(history);
            history = history.play(move);
            plies++;
        }
    }

    private static Optional<GameResult> ending(PositionHistory history, int plies) {
        var automatic = history.automaticEnding();
        if (automatic.isPresent()) {
            Optional<Color> winner = switch (automatic.get()) {
                case CHECKMATE -> Optional.of(history.current().sideToMove().opposite());
                case STALEMATE, INSUFFICIENT_MATERIAL, FIVEFOLD_REPETITION, SEVENTY_FIVE_MOVE_RULE -> Optional.empty();
            };
            return Optional.of(new GameResult(winner, automatic.get().name(), plies));
        }
        return history.claimableDraw().map(claim -> new GameResult(Optional.empty(), claim.name(), plies));
    }
}
