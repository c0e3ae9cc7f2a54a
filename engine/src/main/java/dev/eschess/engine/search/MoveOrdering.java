package dev.eschess.engine.search;

import dev.eschess.chess.SearchBoard;

/**
 * The order a search tries moves in, best guess first, because alpha-beta cuts off most when the best move comes
 * first: the move the transposition table remembers, then captures by most valuable victim and least valuable
 * attacker (MVV-LVA) and promotions, then the two "killer" quiet moves that last refuted a sibling position at
 * the same ply, then captures that look like losing material, then the other quiet moves by their history (how
 * often and how deep each piece-to-square move caused a cut-off).
 */
final class MoveOrdering {

    private static final int TABLE_MOVE = 30_000_000;
    private static final int GOOD_TACTICAL = 20_000_000;
    private static final int FIRST_KILLER = 19_000_000;
    private static final int SECOND_KILLER = 18_000_000;
    private static final int BAD_CAPTURE = 17_000_000;
    /** History scores stay below the killers; when one reaches this, all are halved. */
    private static final int HISTORY_LIMIT = 1 << 20;

    /** Rough piece values by type for ordering and pruning; the king is never a losing capturer (it is legal). */
    static final int[] VALUE = {100, 320, 330, 500, 950, 0};
    private static final int QUEEN = 4;

    private final int[][] killers;
    private final int[] history = new int[12 * 64];

    MoveOrdering(int maxPly) {
        killers = new int[maxPly + 1][2];
    }

    /** Scores every move for {@link #pickNext}. */
    void score(SearchBoard board, int[] moves, int[] scores, int count, int tableMove, int ply) {
        int[] killersHere = killers[ply];
        for (int i = 0; i < count; i++) {
            int move = moves[i];
            if (move == tableMove) {
                scores[i] = TABLE_MOVE;
            } else if (isTactical(board, move)) {
                scores[i] = tacticalScore(board, move);
            } else if (move == killersHere[0]) {
                scores[i] = FIRST_KILLER;
            } else if (move == killersHere[1]) {
                scores[i] = SECOND_KILLER;
            } else {
                scores[i] = history[board.pieceAt(SearchBoard.from(move)) * 64 + SearchBoard.to(move)];
            }
        }
    }

    /**
     * For quiescence: keeps only captures and queen promotions (all moves when in check), scored, at the front
     * of the list; returns how many were kept.
     */
    int scoreTactical(SearchBoard board, int[] moves, int[] scores, int count, boolean inCheck) {
        if (inCheck) {
            score(board, moves, scores, count, 0, 0);
            return count;
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int move = moves[i];
            if (isTactical(board, move) && !isQuietUnderpromotion(board, move)) {
                moves[kept] = move;
                scores[kept] = tacticalScore(board, move);
                kept++;
            }
        }
        return kept;
    }

    /** Moves the best-scored of the moves from {@code index} on to {@code index} and returns it. */
    static int pickNext(int[] moves, int[] scores, int index, int count) {
        int best = index;
        for (int i = index + 1; i < count; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        int move = moves[best];
        moves[best] = moves[index];
        moves[index] = move;
        int score = scores[best];
        scores[best] = scores[index];
        scores[index] = score;
        return move;
    }

    /** A quiet move caused a cut-off: it becomes the first killer of the ply and gains history. */
    void rewardQuiet(int piece, int move, int ply, int depth) {
        int[] killersHere = killers[ply];
        if (killersHere[0] != move) {
            killersHere[1] = killersHere[0];
            killersHere[0] = move;
        }
        int index = piece * 64 + SearchBoard.to(move);
        history[index] += depth * depth;
        if (history[index] >= HISTORY_LIMIT) {
            for (int i = 0; i < history.length; i++) {
                history[i] /= 2;
            }
        }
    }

    /** Promoting to anything but a queen without capturing: only worth it for stalemate tricks and knight forks. */
    private static boolean isQuietUnderpromotion(SearchBoard board, int move) {
        return SearchBoard.isPromotion(move) && SearchBoard.promotionType(move) != QUEEN
                && board.capturedPiece(move) == SearchBoard.NO_PIECE;
    }

    static boolean isTactical(SearchBoard board, int move) {
        return SearchBoard.isPromotion(move) || board.capturedPiece(move) != SearchBoard.NO_PIECE;
    }

    /**
     * Whether a capture probably loses material: the capturer is worth more than its victim and the victim is
     * defended. A cheap stand-in for a full static exchange evaluation.
     */
    static boolean isLosingCapture(SearchBoard board, int move) {
        if (SearchBoard.isPromotion(move)) {
            return false;
        }
        int victim = board.capturedPiece(move);
        int attacker = board.pieceAt(SearchBoard.from(move));
        return victim != SearchBoard.NO_PIECE
                && VALUE[attacker % 6] > VALUE[victim % 6]
                && board.isAttacked(SearchBoard.to(move), board.sideToMove() ^ 1);
    }

    private static int tacticalScore(SearchBoard board, int move) {
        int victim = board.capturedPiece(move);
        int attacker = board.pieceAt(SearchBoard.from(move)) % 6;
        int score = victim == SearchBoard.NO_PIECE ? 0 : VALUE[victim % 6] * 16 - attacker;
        if (SearchBoard.isPromotion(move)) {
            score += VALUE[SearchBoard.promotionType(move)] * 16;
        }
        return (isLosingCapture(board, move) ? BAD_CAPTURE : GOOD_TACTICAL) + score;
    }
}
