package dev.eschess.benchmarks;

import dev.eschess.chess.Position;
import io.github.wolfraam.chessgame.board.Board;
import io.github.wolfraam.chessgame.move.Move;
import io.github.wolfraam.chessgame.move.MoveHelper;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * Perft from the start position, single-threaded, with our engine and with {@code io.github.wolfraam:chessgame}
 * measured the same way: recursive legal move generation with make/unmake (ours: {@code Board.make/unmake}
 * behind {@link Position#perft(int)}; chessgame: {@code MoveHelper.getLegalMoves} and
 * {@code Board.playMoveAndRollBack}), leaves at depth 1 counted in bulk as the size of the legal move list,
 * after a warm-up, one timed run each.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [DEPTH] [CHESSGAME_DEPTH]}, both 6 by default
 * (chessgame needs over a minute for depth 6; {@code 6 5} measures chessgame at depth 5 for a quick run, then
 * ours runs depth 5 too and the ratio is taken at the same depth).
 */
public final class PerftComparison {

    /** Published perft counts of the start position, by depth. */
    private static final long[] EXPECTED = {1, 20, 400, 8_902, 197_281, 4_865_609, 119_060_324, 3_195_901_860L};

    private PerftComparison() {
    }

    public static void main(String[] args) {
        if (args.length > 2) {
            exitWithUsage("too many arguments");
        }
        int depth = args.length > 0 ? depthArgument(args[0]) : 6;
        int chessgameDepth = args.length > 1 ? depthArgument(args[1]) : depth;
        System.out.printf(Locale.ROOT, "perft from the start position, one thread, %s %s, %d cores%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("leaf counting: bulk at depth 1 (size of the legal move list) for both engines");

        IntToLongFunction ours = d -> Position.initial().perft(d);
        IntToLongFunction chessgame = d -> ChessgamePerft.perft(Board.fromInitialPosition(), d);

        warmUp("eschess", ours);
        warmUp("chessgame", chessgame);

        Result oursAtDepth = measure("eschess", ours, depth);
        Result oursAtChessgameDepth = depth == chessgameDepth ? oursAtDepth : measure("eschess", ours, chessgameDepth);
        Result theirs = measure("chessgame 2.3", chessgame, chessgameDepth);

        // For information: the same tree walked through the immutable public API (legalMoves() and play() at
        // every node, leaves counted as the size of legalMoves()), the way a game server uses the rules.
        IntToLongFunction immutable = d -> ImmutableApiPerft.perft(Position.initial(), d);
        warmUp("eschess immutable API", immutable);
        Result immutableResult = measure("eschess immutable API", immutable, chessgameDepth);

        System.out.printf(Locale.ROOT, "ratio at depth %d: eschess is %.1fx chessgame's nodes per second (goal: at least 10x)%n",
                chessgameDepth, oursAtChessgameDepth.nps() / theirs.nps());
        System.out.printf(Locale.ROOT, "ratio at depth %d: eschess through the immutable API is %.1fx chessgame's%n",
                chessgameDepth, immutableResult.nps() / theirs.nps());
        if (depth != chessgameDepth) {
            System.out.printf(Locale.ROOT, "eschess perft(%d) NPS / chessgame perft(%d) NPS: %.1fx (different depths!)%n",
                    depth, chessgameDepth, oursAtDepth.nps() / theirs.nps());
        }
    }

    /** A depth whose published count is known, so that every timed run is also checked. */
    private static int depthArgument(String text) {
        try {
            int depth = Integer.parseInt(text);
            if (depth >= 1 && depth < EXPECTED.length) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // reported below like a number out of range
        }
        return exitWithUsage("a depth must be a whole number from 1 to " + (EXPECTED.length - 1) + ", not '"
                + text + "'");
    }

    private static int exitWithUsage(String problem) {
        System.err.println(problem + "; usage: java -jar benchmarks/target/benchmarks.jar [DEPTH] [CHESSGAME_DEPTH]");
        System.exit(2);
        throw new IllegalStateException("unreachable: System.exit returned");
    }

    private static void warmUp(String name, IntToLongFunction perft) {
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            check(name, perft.applyAsLong(4), 4);
        }
        System.out.printf(Locale.ROOT, "warm-up %-22s 5 x perft(4) in %d ms%n", name,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Result measure(String name, IntToLongFunction perft, int depth) {
        long start = System.nanoTime();
        long nodes = perft.applyAsLong(depth);
        long nanos = Math.max(1, System.nanoTime() - start);
        check(name, nodes, depth);
        Result result = new Result(nodes, nanos);
        System.out.printf(Locale.ROOT, "%-22s perft(%d)  nodes %,15d  time %,9d ms  NPS %,15.0f%n",
                name, depth, nodes, nanos / 1_000_000, result.nps());
        return result;
    }

    private static void check(String name, long nodes, int depth) {
        if (depth < EXPECTED.length && nodes != EXPECTED[depth]) {
            throw new IllegalStateException(name + " perft(" + depth + ") = " + nodes + ", expected " + EXPECTED[depth]);
        }
    }

    private record Result(long nodes, long nanos) {
        double nps() {
            return nodes * 1e9 / nanos;
        }
    }

    /** Perft through {@link Position#legalMoves()} and {@link Position#play}: a new immutable position per node. */
    static final class ImmutableApiPerft {

        private ImmutableApiPerft() {
        }

        static long perft(Position position, int depth) {
            if (depth == 0) {
                return 1;
            }
            var moves = position.legalMoves();
            if (depth == 1) {
                return moves.size();
            }
            long nodes = 0;
            for (var move : moves) {
                nodes += perft(position.play(move), depth - 1);
            }
            return nodes;
        }
    }

    /** Perft written against chessgame's own legal move generator and make/rollback. */
    static final class ChessgamePerft {

        private ChessgamePerft() {
        }

        static long perft(Board board, int depth) {
            if (depth == 0) {
                return 1;
            }
            Set<Move> moves = new MoveHelper(board).getLegalMoves();
            if (depth == 1) {
                return moves.size();
            }
            long nodes = 0;
            for (Move move : moves) {
                nodes += board.playMoveAndRollBack(move.from, move.to, move.promotion, () -> perft(board, depth - 1));
            }
            return nodes;
        }
    }
}
