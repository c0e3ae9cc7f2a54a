package dev.eschess.benchmarks.engine;

import java.util.List;

/**
 * Short, common, balanced opening lines in UCI notation. Each match game starts from one of them, and each line is
 * played twice with the colours swapped, so that two engines that both play the same move in the same position
 * still play different games, and neither side is favoured by the choice of opening.
 */
final class Openings {

    static final List<List<String>> LINES = List.of(
            List.of("e2e4", "e7e5", "g1f3", "b8c6"),
            List.of("e2e4", "c7c5", "g1f3", "d7d6"),
            List.of("d2d4", "d7d5", "c2c4", "e7e6"),
            List.of("d2d4", "g8f6", "c2c4", "g7g6"),
            List.of("e2e4", "e7e6", "d2d4", "d7d5"),
            List.of("e2e4", "c7c6", "d2d4", "d7d5"),
            List.of("c2c4", "e7e5", "b1c3", "g8f6"),
            List.of("g1f3", "d7d5", "g2g3", "g8f6"),
            List.of("d2d4", "g8f6", "c2c4", "e7e6"),
            List.of("e2e4", "d7d5", "e4d5", "d8d5"));

    private Openings() {
    }

    /** The opening of game {@code game}: games 2k and 2k + 1 share a line. */
    static List<String> forGame(int game) {
        return LINES.get((game / 2) % LINES.size());
    }
}
