package dev.eschess.engine.search;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.SearchBoard;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.evaluation.Evaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * One search for the best move of a position: iterative deepening of a negamax alpha-beta search with principal
 * variation search (after the first move, each move is first tried with a null window), quiescence search of
 * captures and queen promotions at the leaves, a transposition table, null-move pruning, late move reductions,
 * check extensions, and mate scores counted by distance from the root.
 *
 * <p>Draws are found on the way: a position that repeats one earlier in the search line or in the game (once is
 * enough: if repeating was good once it is good again, so a draw is what the line leads to), the fifty-move rule,
 * and insufficient material. Each iteration starts with the previous one's best move. When a budget runs out, the
 * search stops at once and answers with the best move of the deepest iteration that finished, or of the unfinished
 * one if a move there had already proved better. A search object is used once.
 */
public final class Search {

    /** The deepest line a search follows, quiescence included; below {@link SearchBoard#MAX_PLIES}. */
    static final int MAX_PLY = 120;
    /** How often the clock is read, in nodes: well under a millisecond of work, and reading it costs little. */
    static final int CLOCK_INTERVAL = 256;
    /** A new iteration is not started after this share of the time budget: it would not finish. */
    private static final double SOFT_TIME_SHARE = 0.5;

    private final SearchBoard board;
    private final SearchLimits limits;
    private final EvaluationNoise noise;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long deadlineNanos;
    private final boolean hasDeadline;
    private final TranspositionTable table;
    private final MoveOrdering ordering = new MoveOrdering(MAX_PLY);

    /** Hashes of the game's positions before the root (oldest first), then one per ply of the current line. */
    private final long[] line;
    private final int rootIndex;
    /** The first index of {@link #line} a repetition may be found at: after a null move, none before it counts. */
    private int repetitionFloor;

    private final int[][] moves = new int[MAX_PLY + 1][SearchBoard.MAX_MOVES];
    private final int[][] moveScores = new int[MAX_PLY + 1][SearchBoard.MAX_MOVES];
    private final int[][] principalVariation = new int[MAX_PLY + 2][MAX_PLY + 2];
    private final int[] principalVariationLength = new int[MAX_PLY + 2];

    private long nodes;
    private boolean stopped;
    private int rootBestMove;
    private int rootBestScore;

    /**
     * A search of the history's current position; the earlier positions count for repetitions. The clock gives
     * nanoseconds ({@code System::nanoTime}) and is read only if the limits have a time budget.
     */
    public Search(PositionHistory history, SearchLimits limits, EvaluationNoise noise, LongSupplier nanoClock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.noise = Objects.requireNonNull(noise, "noise");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.hasDeadline = limits.timeBudget().isPresent();
        this.startNanos = hasDeadline ? nanoClock.getAsLong() : 0;
        this.deadlineNanos = startNanos + limits.timeBudget().map(time -> time.toNanos()).orElse(0L);
        this.board = SearchBoard.of(history.current());
        this.table = new TranspositionTable(tableBits(limits.nodeBudget()));
        List<String> keys = history.repetitionKeys();
        this.rootIndex = keys.size() - 1;
        this.line = new long[rootIndex + MAX_PLY + 2];
        for (int i = 0; i < rootIndex; i++) {
            line[i] = hashOfRepetitionKey(keys.get(i));
        }
    }

    /** Slots for about as many positions as the budget can visit, from 2^10 to 2^19 (8 MiB). */
    private static int tableBits(long nodeBudget) {
        int bits = 64 - Long.numberOfLeadingZeros(nodeBudget);
        return Math.max(10, Math.min(19, bits));
    }

    /** A repetition key is the first four FEN fields; the clocks do not change the hash. */
    private static long hashOfRepetitionKey(String key) {
        return SearchBoard.of(Position.fromFen(key + " 0 1")).hash();
    }

    /**
     * Searches until the depth is reached or a budget runs out.
     *
     * @throws IllegalStateException if the position has no legal move (the game is over)
     */
    public SearchResult run() {
        int count = board.legalMoves(moves[0]);
        if (count == 0) {
            throw new IllegalStateException("no legal move: the game is over in " + board.toPosition().fen());
        }
        int bestMove = moves[0][0];
        int bestScore = evaluate();
        int[] bestLine = {bestMove};
        int completedDepth = 0;
        for (int depth = 1; depth <= limits.maxDepth(); depth++) {
            rootBestMove = 0;
            int score = search(depth, 0, -Scores.INFINITY, Scores.INFINITY, false);
            if (stopped) {
                if (rootBestMove != 0) {
                    bestMove = rootBestMove;
                    bestScore = rootBestScore;
                    bestLine = rootLine();
                }
                break;
            }
            bestMove = rootBestMove;
            bestScore = score;
            bestLine = rootLine();
            completedDepth = depth;
            if (Scores.isMate(score) && depth > Scores.MATE - Math.abs(score) + 2) {
                break; // the mate is found with room to spare: deeper iterations would only confirm it
            }
            if (hasDeadline && nanoClock.getAsLong() - startNanos > SOFT_TIME_SHARE * (deadlineNanos - startNanos)) {
                break;
            }
        }
        List<Move> line = new ArrayList<>(bestLine.length);
        for (int move : bestLine) {
            line.add(SearchBoard.toMove(move));
        }
        return new SearchResult(SearchBoard.toMove(bestMove), bestScore, completedDepth, nodes, line);
    }

    private int[] rootLine() {
        int length = principalVariationLength[0];
        int[] result = new int[Math.max(1, length)];
        System.arraycopy(principalVariation[0], 0, result, 0, length);
        if (length == 0) {
            result[0] = rootBestMove;
        }
        return result;
    }

    private int search(int depth, int ply, int alpha, int beta, boolean nullMoveAllowed) {
        principalVariationLength[ply] = ply;
        long hash = board.hash();
        line[rootIndex + ply] = hash;
        boolean pvNode = beta - alpha > 1;
        if (ply > 0) {
            if (isRepetition(ply) || board.hasInsufficientMaterial() || isFiftyMoveDraw(ply)) {
                return Scores.DRAW;
            }
            // No line from here can beat a mate already found closer to the root.
            alpha = Math.max(alpha, -Scores.MATE + ply);
            beta = Math.min(beta, Scores.MATE - ply - 1);
            if (alpha >= beta) {
                return alpha;
            }
        }
        boolean inCheck = board.inCheck();
        if (inCheck) {
            depth++;
        }
        if (depth <= 0) {
            return quiescence(ply, alpha, beta);
        }
        if (outOfBudget()) {
            return 0;
        }
        if (ply >= MAX_PLY) {
            return evaluate();
        }

        long entry = table.probe(hash);
        int tableMove = entry == 0 ? 0 : TranspositionTable.move(entry);
        if (entry != 0 && !pvNode && TranspositionTable.depth(entry) >= depth) {
            int score = Scores.fromTable(TranspositionTable.score(entry), ply);
            int bound = TranspositionTable.bound(entry);
            if (bound == TranspositionTable.EXACT
                    || (bound == TranspositionTable.LOWER_BOUND && score >= beta)
                    || (bound == TranspositionTable.UPPER_BOUND && score <= alpha)) {
                return score;
            }
        }

        if (!pvNode && !inCheck && nullMoveAllowed && depth >= 3 && hasPiecesBesidesPawns() && evaluate() >= beta) {
            // If passing the turn still holds beta, a real move will too (not so in zugzwang, hence the pieces).
            int reduction = 2 + depth / 6;
            board.makeNullMove();
            int floor = repetitionFloor;
            repetitionFloor = rootIndex + ply + 1;
            int score = -search(depth - 1 - reduction, ply + 1, -beta, -beta + 1, false);
            repetitionFloor = floor;
            board.unmakeNullMove();
            if (stopped) {
                return 0;
            }
            if (score >= beta) {
                return Scores.isMate(score) ? beta : score;
            }
        }

        int[] list = moves[ply];
        int[] scores = moveScores[ply];
        int count = board.legalMoves(list);
        if (count == 0) {
            return inCheck ? -Scores.MATE + ply : Scores.DRAW;
        }
        ordering.score(board, list, scores, count, tableMove, ply);
        int best = -Scores.INFINITY;
        int bestMove = 0;
        int bound = TranspositionTable.UPPER_BOUND;
        for (int i = 0; i < count; i++) {
            int move = MoveOrdering.pickNext(list, scores, i, count);
            boolean quiet = !MoveOrdering.isTactical(board, move);
            int piece = board.pieceAt(SearchBoard.from(move));
            board.make(move);
            int score;
            if (i == 0) {
                score = -search(depth - 1, ply + 1, -beta, -alpha, true);
            } else {
                // Late quiet moves are rarely best: search them shallower first, and properly only if they surprise.
                int reduction = depth >= 3 && i >= 3 && quiet && !inCheck && !board.inCheck() ? (i >= 10 ? 2 : 1) : 0;
                score = -search(depth - 1 - reduction, ply + 1, -alpha - 1, -alpha, true);
                if (score > alpha && reduction > 0) {
                    score = -search(depth - 1, ply + 1, -alpha - 1, -alpha, true);
                }
                if (score > alpha && score < beta) {
                    score = -search(depth - 1, ply + 1, -beta, -alpha, true);
                }
            }
            board.unmake(move);
            if (stopped) {
                return 0;
            }
            if (score > best) {
                best = score;
                bestMove = move;
                if (score > alpha) {
                    alpha = score;
                    bound = TranspositionTable.EXACT;
                    extendPrincipalVariation(ply, move);
                    if (ply == 0) {
                        rootBestMove = move;
                        rootBestScore = score;
                    }
                    if (score >= beta) {
                        bound = TranspositionTable.LOWER_BOUND;
                        if (quiet) {
                            ordering.rewardQuiet(piece, move, ply, depth);
                        }
                        break;
                    }
                }
            }
        }
        table.store(hash, bestMove, Scores.toTable(best, ply), depth, bound);
        return best;
    }

    /** Only captures and queen promotions (every move when in check), until the position is quiet. */
    private int quiescence(int ply, int alpha, int beta) {
        principalVariationLength[ply] = ply;
        if (outOfBudget()) {
            return 0;
        }
        if (board.hasInsufficientMaterial()) {
            return Scores.DRAW;
        }
        if (ply >= MAX_PLY) {
            return evaluate();
        }
        boolean inCheck = board.inCheck();
        int best = -Scores.INFINITY;
        if (!inCheck) {
            // "Standing pat": the side to move need not capture, so the static evaluation is a lower bound.
            best = evaluate();
            if (best >= beta) {
                return best;
            }
            alpha = Math.max(alpha, best);
        }
        int[] list = moves[ply];
        int[] scores = moveScores[ply];
        int count = board.legalMoves(list);
        if (count == 0) {
            return inCheck ? -Scores.MATE + ply : Scores.DRAW;
        }
        int tactical = ordering.scoreTactical(board, list, scores, count, inCheck);
        for (int i = 0; i < tactical; i++) {
            int move = MoveOrdering.pickNext(list, scores, i, tactical);
            if (!inCheck && MoveOrdering.isLosingCapture(board, move)) {
                continue;
            }
            board.make(move);
            int score = -quiescence(ply + 1, -beta, -alpha);
            board.unmake(move);
            if (stopped) {
                return 0;
            }
            if (score > best) {
                best = score;
                if (score > alpha) {
                    alpha = score;
                    extendPrincipalVariation(ply, move);
                    if (score >= beta) {
                        break;
                    }
                }
            }
        }
        return best;
    }

    private void extendPrincipalVariation(int ply, int move) {
        int[] here = principalVariation[ply];
        here[ply] = move;
        int childLength = principalVariationLength[ply + 1];
        System.arraycopy(principalVariation[ply + 1], ply + 1, here, ply + 1, childLength - (ply + 1));
        principalVariationLength[ply] = Math.max(ply + 1, childLength);
    }

    /** Counts a node; true once a budget has run out (and from then on, so the whole search unwinds). */
    private boolean outOfBudget() {
        if (stopped) {
            return true;
        }
        nodes++;
        if (nodes >= limits.nodeBudget()
                || (hasDeadline && nodes % CLOCK_INTERVAL == 0 && nanoClock.getAsLong() >= deadlineNanos)) {
            stopped = true;
        }
        return stopped;
    }

    /** Whether the position at this ply occurred before (same side to move) since the last irreversible move. */
    private boolean isRepetition(int ply) {
        int current = rootIndex + ply;
        int earliest = Math.max(repetitionFloor, current - board.halfmoveClock());
        for (int i = current - 2; i >= earliest; i -= 2) {
            if (line[i] == line[current]) {
                return true;
            }
        }
        return false;
    }

    /** A hundred halfmoves without a capture or pawn move: a draw, unless this very move gave mate. */
    private boolean isFiftyMoveDraw(int ply) {
        return board.halfmoveClock() >= 100 && (!board.inCheck() || board.legalMoves(moves[ply]) > 0);
    }

    private boolean hasPiecesBesidesPawns() {
        int base = board.sideToMove() * 6;
        return (board.pieces(base + 1) | board.pieces(base + 2) | board.pieces(base + 3) | board.pieces(base + 4)) != 0;
    }

    private int evaluate() {
        int score = Evaluator.evaluate(board) + noise.at(board.hash());
        return Math.max(-Scores.MATE_BOUND + 1, Math.min(Scores.MATE_BOUND - 1, score));
    }
}
