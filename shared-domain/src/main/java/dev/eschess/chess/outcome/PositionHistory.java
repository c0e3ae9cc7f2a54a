package dev.eschess.chess.outcome;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current position with the repetition keys of the positions that can still repeat, oldest first, the
 * current position's key last.
 *
 * <p>Only keys since the last irreversible move are kept: after a capture or a pawn move (the halfmove clock
 * is reset) or a change of castling rights, no earlier position can ever occur again, so the list starts
 * over. The list is therefore never longer than the halfmove clock plus one.
 *
 * <p>Repetition follows {@link Position#repetitionKey()}: placement, side to move, castling rights, and the
 * en passant square only where an en passant capture is legal.
 *
 * @param repetitionKeys keys of the positions since the last irreversible move, the current one last
 * @param current        the position now
 */
public record PositionHistory(List<String> repetitionKeys, Position current) {

    private static final int THREEFOLD = 3;
    private static final int FIVEFOLD = 5;
    private static final int FIFTY_MOVES = 100;
    private static final int SEVENTY_FIVE_MOVES = 150;

    public PositionHistory {
        Objects.requireNonNull(current, "current");
        repetitionKeys = List.copyOf(repetitionKeys);
        if (repetitionKeys.isEmpty() || !repetitionKeys.getLast().equals(current.repetitionKey())) {
            throw new IllegalArgumentException("the last repetition key must be the current position's");
        }
    }

    /** A history that starts at the given position (which has occurred once). */
    public static PositionHistory startingAt(Position start) {
        return new PositionHistory(List.of(start.repetitionKey()), start);
    }

    /** The history after playing the moves one by one from the start position. */
    public static PositionHistory replaying(Position start, List<Move> moves) {
        PositionHistory history = startingAt(start);
        for (Move move : moves) {
            history = history.play(move);
        }
        return history;
    }

    /**
     * The history after one more move.
     *
     * @throws dev.eschess.chess.IllegalMoveException if the move is not legal in the current position
     */
    public PositionHistory play(Move move) {
        Position next = current.play(move);
        boolean irreversible = next.halfmoveClock() == 0
                || !next.castlingRights().equals(current.castlingRights());
        if (irreversible) {
            return new PositionHistory(List.of(next.repetitionKey()), next);
        }
        List<String> keys = new ArrayList<>(repetitionKeys.size() + 1);
        keys.addAll(repetitionKeys);
        keys.add(next.repetitionKey());
        return new PositionHistory(keys, next);
    }

    /** How many times the current position has occurred, this time included (at least 1). */
    public int occurrencesOfCurrent() {
        String now = repetitionKeys.getLast();
        return (int) repetitionKeys.stream().filter(now::equals).count();
    }

    /**
     * The rule that has ended the game, if any; when several hold, the first in this order: checkmate,
     * stalemate, insufficient material, fivefold repetition, seventy-five-move rule. So a mate given on the
     * 150th halfmove is a mate.
     */
    public Optional<AutomaticEnding> automaticEnding() {
        if (current.isCheckmate()) {
            return Optional.of(AutomaticEnding.CHECKMATE);
        }
        if (current.isStalemate()) {
            return Optional.of(AutomaticEnding.STALEMATE);
        }
        if (current.hasInsufficientMaterial()) {
            return Optional.of(AutomaticEnding.INSUFFICIENT_MATERIAL);
        }
        if (occurrencesOfCurrent() >= FIVEFOLD) {
            return Optional.of(AutomaticEnding.FIVEFOLD_REPETITION);
        }
        if (current.halfmoveClock() >= SEVENTY_FIVE_MOVES) {
            return Optional.of(AutomaticEnding.SEVENTY_FIVE_MOVE_RULE);
        }
        return Optional.empty();
    }

    /**
     * A draw the player to move may claim now, if any. Threefold repetition is named first when both rules
     * hold. Nothing is claimable once the game has ended automatically. A claim based on a move not yet played
     * (FIDE 9.2.1.1, 9.3.1) is not covered: the position must already be on the board.
     */
    public Optional<DrawClaim> claimableDraw() {
        if (automaticEnding().isPresent()) {
            return Optional.empty();
        }
        if (occurrencesOfCurrent() >= THREEFOLD) {
            return Optional.of(DrawClaim.THREEFOLD_REPETITION);
        }
        if (current.halfmoveClock() >= FIFTY_MOVES) {
            return Optional.of(DrawClaim.FIFTY_MOVE_RULE);
        }
        return Optional.empty();
    }
}
