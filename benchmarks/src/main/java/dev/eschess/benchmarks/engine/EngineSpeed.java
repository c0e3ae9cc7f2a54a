package dev.eschess.benchmarks.engine;

import dev.eschess.chess.Position;
import dev.eschess.engine.ComputerPlayer;
import dev.eschess.engine.Decision;
import dev.eschess.engine.level.Level;
import java.util.List;
import java.util.Locale;

/**
 * Nodes per second of our engine at each level, on the start position and on a middlegame position, after a
 * warm-up: ten decisions per cell, each counted whole, its table allocation included (which weighs on the small
 * budgets), with the longest decision (level 8's must stay within its second).
 */
final class EngineSpeed {

    static final List<Position> POSITIONS = List.of(
            Position.initial(),
            Position.fromFen("r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10"));
    private static final List<String> NAMES = List.of("start", "middlegame");
    private static final int DECISIONS_PER_CELL = 10;

    private EngineSpeed() {
    }

    static void print() {
        System.out.println("warm-up: 50 decisions at each of levels 1 to 6, 10 at level 7");
        for (Level level : Level.ALL.subList(0, 7)) {
            int decisions = level.number() == 7 ? 10 : 50;
            for (int i = 0; i < decisions; i++) {
                ComputerPlayer.decide(POSITIONS.get(i % 2), level, i);
            }
        }
        System.out.println("level  position     depth  nodes/move  ms/move  longest ms  nodes per second");
        for (Level level : Level.ALL) {
            for (int p = 0; p < POSITIONS.size(); p++) {
                long nodes = 0;
                long nanos = 0;
                long longest = 0;
                int depth = 0;
                for (int seed = 0; seed < DECISIONS_PER_CELL; seed++) {
                    long start = System.nanoTime();
                    Decision decision = ComputerPlayer.decide(POSITIONS.get(p), level, seed);
                    long spent = System.nanoTime() - start;
                    nanos += spent;
                    longest = Math.max(longest, spent);
                    nodes += decision.nodes();
                    depth = Math.max(depth, decision.depth());
                }
                System.out.printf(Locale.ROOT, "%5d  %-11s %6d  %,10d  %7.1f  %10.1f  %,16.0f%n", level.number(),
                        NAMES.get(p), depth, nodes / DECISIONS_PER_CELL, nanos / 1e6 / DECISIONS_PER_CELL,
                        longest / 1e6, nodes * 1e9 / nanos);
            }
        }
    }
}
