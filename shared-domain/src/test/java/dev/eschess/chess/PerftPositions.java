package dev.eschess.chess;

import java.util.List;

/** The reference positions of {@code shared/reference/perft.md} with their published node counts by depth. */
record PerftPositions(String name, String fen, List<Long> counts) {

    static final PerftPositions START = new PerftPositions("start",
            "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
            List.of(20L, 400L, 8_902L, 197_281L, 4_865_609L, 119_060_324L, 3_195_901_860L));
    static final PerftPositions KIWIPETE = new PerftPositions("kiwipete",
            "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
            List.of(48L, 2_039L, 97_862L, 4_085_603L, 193_690_690L, 8_031_647_685L));
    static final PerftPositions POSITION_3 = new PerftPositions("position 3",
            "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
            List.of(14L, 191L, 2_812L, 43_238L, 674_624L, 11_030_083L, 178_633_661L));
    static final PerftPositions POSITION_4 = new PerftPositions("position 4",
            "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1",
            List.of(6L, 264L, 9_467L, 422_333L, 15_833_292L, 706_045_033L));
    static final PerftPositions POSITION_4_MIRRORED = new PerftPositions("position 4 mirrored",
            "r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b KQ - 0 1",
            List.of(6L, 264L, 9_467L, 422_333L, 15_833_292L, 706_045_033L));
    static final PerftPositions POSITION_5 = new PerftPositions("position 5",
            "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8",
            List.of(44L, 1_486L, 62_379L, 2_103_487L, 89_941_194L));
    static final PerftPositions POSITION_6 = new PerftPositions("position 6",
            "r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10",
            List.of(46L, 2_079L, 89_890L, 3_894_594L, 164_075_551L, 6_923_051_137L));

    static final List<PerftPositions> ALL = List.of(START, KIWIPETE, POSITION_3, POSITION_4, POSITION_4_MIRRORED,
            POSITION_5, POSITION_6);

    long count(int depth) {
        return counts.get(depth - 1);
    }

    Position position() {
        return Position.fromFen(fen);
    }
}
