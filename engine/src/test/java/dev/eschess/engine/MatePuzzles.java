package dev.eschess.engine;

import java.util.List;

/** Known mate puzzles: classic mating patterns and finishes of famous games, by name and FEN. */
final class MatePuzzles {

    record Puzzle(String name, String fen) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Puzzle> MATE_IN_ONE = List.of(
            new Puzzle("scholar's mate", "r1bqkbnr/pppp1ppp/2n5/4p3/2B1P3/5Q2/PPPP1PPP/RNB1K1NR w KQkq - 4 4"),
            new Puzzle("fool's mate", "rnbqkbnr/pppp1ppp/8/4p3/6P1/5P2/PPPPP2P/RNBQKBNR b KQkq - 0 2"),
            new Puzzle("back-rank mate", "6k1/5ppp/8/8/8/8/8/R5K1 w - - 0 1"),
            new Puzzle("black's back-rank mate", "r5k1/5ppp/8/8/8/8/5PPP/6K1 b - - 0 1"),
            new Puzzle("smothered mate", "6rk/6pp/8/6N1/8/8/8/6K1 w - - 0 1"),
            new Puzzle("queen and king against king", "k7/8/1K6/8/8/8/8/6Q1 w - - 0 1"),
            new Puzzle("two-rook ladder", "6k1/R7/8/8/8/8/8/KR6 w - - 0 1"),
            new Puzzle("epaulette mate", "3rkr2/8/8/8/8/1Q6/8/6K1 w - - 0 1"),
            new Puzzle("mate by promotion", "k7/2P5/1K6/8/8/8/8/8 w - - 0 1"),
            new Puzzle("arabian mate", "7k/R7/5N2/8/8/8/8/6K1 w - - 0 1"));

    static final List<Puzzle> MATE_IN_TWO = List.of(
            new Puzzle("queen and king: the king steps up first", "7k/8/4K3/8/8/8/8/6Q1 w - - 0 1"),
            new Puzzle("queen and king in the other corner", "k7/8/8/1K6/8/8/8/6Q1 w - - 0 1"),
            new Puzzle("rook and king: opposition", "k7/8/2K5/8/8/8/8/7R w - - 0 1"),
            new Puzzle("rook and king: a quiet waiting move", "3k4/8/4K3/8/8/8/8/R7 w - - 0 1"),
            new Puzzle("two-rook ladder from afar", "7k/8/8/8/8/8/R7/1R4K1 w - - 0 1"),
            new Puzzle("black's rook and king", "7r/8/8/8/8/2k5/8/K7 b - - 0 1"),
            new Puzzle("black's queen and king", "6q1/8/8/8/8/4k3/8/7K b - - 0 1"),
            new Puzzle("queen sacrifice for a smothered mate", "r6k/6pp/7N/8/8/1Q6/8/6K1 w - - 0 1"),
            new Puzzle("legal's mate", "rn1qkbnr/ppp2p1p/3p2p1/4N3/2B1P3/2N5/PPPP1PPP/R1BbK2R w KQkq - 0 6"),
            new Puzzle("boden's mate", "2kr4/pp1n4/2n5/8/5B2/2Q5/5PPP/5BK1 w - - 0 1"),
            new Puzzle("morphy's opera game", "4kb1r/p2n1ppp/4q3/4p1B1/4P3/1Q6/PPP2PPP/2KR4 w k - 1 16"));

    private MatePuzzles() {
    }
}
