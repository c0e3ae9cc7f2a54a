package dev.eschess.benchmarks.http;

import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Picks moves that keep a game going for thousands of plies under the rules that end games on their own: no
 * captures, checks or stalemates, no position a fifth time (fivefold repetition), and a pawn push once 140 plies have
 * passed without one (the seventy-five-move rule ends a game after 150). Used to grow long games through the API.
 */
final class QuietGameWalk {

    private static final int PLIES_BEFORE_A_PAWN_PUSH = 140;
    private static final int MOST_OCCURRENCES = 4;

    private final Random random;
    private final Map<String, Integer> seen = new HashMap<>();
    private Position position = Position.initial();
    private int pliesSincePawnPush;

    QuietGameWalk(long seed) {
        this.random = new Random(seed);
        seen.put(position.repetitionKey(), 1);
    }

    /** The next move in UCI, already played on this walk's board; empty when no quiet move is left. */
    Optional<String> next() {
        List<Move> quiet = position.legalMoves().stream()
                .filter(move -> !position.isCapture(move) && !position.play(move).isCheck()
                        && !position.play(move).isStalemate())
                .toList();
        List<Move> pieceMoves = quiet.stream().filter(move -> !isPawnMove(move))
                .filter(move -> seen.getOrDefault(position.play(move).repetitionKey(), 0) < MOST_OCCURRENCES)
                .toList();
        List<Move> pawnPushes = quiet.stream().filter(this::isPawnMove)
                .filter(move -> move.promotion().isEmpty()).toList();
        List<Move> choices = pliesSincePawnPush >= PLIES_BEFORE_A_PAWN_PUSH || pieceMoves.isEmpty()
                ? pawnPushes : pieceMoves;
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Move move = choices.get(random.nextInt(choices.size()));
        if (isPawnMove(move)) {
            seen.clear(); // a pawn push makes every earlier position unreachable
            pliesSincePawnPush = 0;
        } else {
            pliesSincePawnPush++;
        }
        position = position.play(move);
        seen.merge(position.repetitionKey(), 1, Integer::sum);
        return Optional.of(move.uci());
    }

    private boolean isPawnMove(Move move) {
        return position.movingPiece(move).map(piece -> piece.type() == PieceType.PAWN).orElse(false);
    }
}
