package dev.eschess.benchmarks.engine;

import dev.eschess.benchmarks.engine.MatchScore.GameOutcome;
import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.notation.Uci;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.ComputerPlayer;
import dev.eschess.engine.level.Level;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One game of our engine against a UCI engine, from an opening line, played to its end by the shared rules:
 * checkmate, stalemate, insufficient material, fivefold repetition and the seventy-five-move rule end it, and so do
 * a threefold repetition or fifty moves without capture or pawn move (as if claimed). A game still going after
 * {@value #MAX_PLIES} plies is adjudicated a draw. Every move, the other engine's too, goes through
 * {@link PositionHistory#play}, which refuses an illegal one.
 */
final class MatchGame {

    static final int MAX_PLIES = 400;

    private MatchGame() {
    }

    /**
     * How the game went for us.
     *
     * @param outcome     win, draw or loss for our engine
     * @param ending      the rule that ended the game
     * @param plies       halfmoves played, the opening's included
     * @param ourMoves    moves our engine chose
     * @param ourNanos    time our engine spent on them
     * @param ourLongest  its longest time for one move
     */
    record Result(GameOutcome outcome, String ending, int plies, int ourMoves, long ourNanos, long ourLongest) {
    }

    static Result play(UciEngine opponent, Level level, Color ours, List<String> opening, Duration opponentMoveTime,
            long seed) throws IOException, InterruptedException {
        opponent.newGame();
        PositionHistory history = PositionHistory.startingAt(Position.initial());
        List<String> uciMoves = new ArrayList<>();
        for (String move : opening) {
            history = history.play(Uci.parse(move));
            uciMoves.add(move);
        }
        int ourMoves = 0;
        long ourNanos = 0;
        long ourLongest = 0;
        while (true) {
            Optional<Result> end = ending(history, ours, uciMoves.size(), ourMoves, ourNanos, ourLongest);
            if (end.isPresent()) {
                return end.get();
            }
            Move move;
            if (history.current().sideToMove() == ours) {
                long start = System.nanoTime();
                move = ComputerPlayer.chooseMove(history, level, seed * 1_000 + uciMoves.size());
                long spent = System.nanoTime() - start;
                ourMoves++;
                ourNanos += spent;
                ourLongest = Math.max(ourLongest, spent);
            } else {
                move = Uci.parse(opponent.bestMove(uciMoves, opponentMoveTime));
            }
            history = history.play(move);
            uciMoves.add(move.uci());
        }
    }

    private static Optional<Result> ending(PositionHistory history, Color ours, int plies, int ourMoves,
            long ourNanos, long ourLongest) {
        var automatic = history.automaticEnding();
        if (automatic.isPresent()) {
            GameOutcome outcome = switch (automatic.get()) {
                case CHECKMATE -> history.current().sideToMove() == ours ? GameOutcome.LOSS : GameOutcome.WIN;
                case STALEMATE, INSUFFICIENT_MATERIAL, FIVEFOLD_REPETITION, SEVENTY_FIVE_MOVE_RULE -> GameOutcome.DRAW;
            };
            return Optional.of(new Result(outcome, automatic.get().name(), plies, ourMoves, ourNanos, ourLongest));
        }
        var claim = history.claimableDraw();
        if (claim.isPresent()) {
            return Optional.of(new Result(GameOutcome.DRAW, claim.get().name(), plies, ourMoves, ourNanos,
                    ourLongest));
        }
        if (plies >= MAX_PLIES) {
            return Optional.of(new Result(GameOutcome.DRAW, "ADJUDICATED_AFTER_" + MAX_PLIES + "_PLIES", plies,
                    ourMoves, ourNanos, ourLongest));
        }
        return Optional.empty();
    }
}
