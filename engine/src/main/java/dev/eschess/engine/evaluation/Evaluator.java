package dev.eschess.engine.evaluation;

import dev.eschess.chess.SearchBoard;

/**
 * The engine's judgement of a position in centipawns, from the side to move's point of view (positive: the side
 * to move stands better). Terms, each scored for the middlegame and the endgame and blended by how much material
 * is left ("tapered"): material and piece placement ({@link PieceSquareTables}), mobility of the pieces, the
 * bishop pair, pawn structure (passed, isolated and doubled pawns), rooks on open files, the pawns in front of a
 * castled king, and in a won ending without pawns on the weak side a push of the lone king to the edge, which
 * the search alone would not find within the fifty-move rule.
 */
public final class Evaluator {

    /** Game phase weight by type: 24 with all minor and major pieces on the board, 0 with none. */
    private static final int[] PHASE = {0, 1, 1, 2, 4, 0};
    private static final int FULL_PHASE = 24;

    /** Mobility: centipawns per attacked square beyond an average count, by type (knight, bishop, rook, queen). */
    private static final int[] MOBILITY_MIDDLEGAME = {0, 4, 5, 2, 1, 0};
    private static final int[] MOBILITY_ENDGAME = {0, 4, 5, 4, 2, 0};
    private static final int[] MOBILITY_AVERAGE = {0, 4, 7, 7, 14, 0};

    private static final int BISHOP_PAIR_MIDDLEGAME = 30;
    private static final int BISHOP_PAIR_ENDGAME = 50;
    /** Passed pawn bonus by rank from the pawn's own side (ranks 2 to 7 matter). */
    private static final int[] PASSED_MIDDLEGAME = {0, 5, 10, 15, 25, 40, 60, 0};
    private static final int[] PASSED_ENDGAME = {0, 10, 15, 25, 45, 75, 120, 0};
    private static final int ISOLATED_MIDDLEGAME = -10;
    private static final int ISOLATED_ENDGAME = -10;
    private static final int DOUBLED_MIDDLEGAME = -10;
    private static final int DOUBLED_ENDGAME = -20;
    private static final int ROOK_OPEN_FILE = 20;
    private static final int ROOK_HALF_OPEN_FILE = 10;
    private static final int SHIELD_PAWN_NEAR = 15;
    private static final int SHIELD_PAWN_FAR = 8;
    private static final int KING_OPEN_FILE = -20;
    /** A won ending is pressed home from this material lead on, in centipawns. */
    private static final int MOP_UP_LEAD = 400;

    private static final long FILE_A = 0x0101010101010101L;
    private static final long[] FILES = new long[8];
    private static final long[] ADJACENT_FILES = new long[8];
    /** [color * 64 + square]: the squares in front of a pawn on its own and the adjacent files. */
    private static final long[] PASSED_SPAN = new long[128];

    static {
        for (int file = 0; file < 8; file++) {
            FILES[file] = FILE_A << file;
        }
        for (int file = 0; file < 8; file++) {
            ADJACENT_FILES[file] = (file > 0 ? FILES[file - 1] : 0) | (file < 7 ? FILES[file + 1] : 0);
        }
        for (int square = 0; square < 64; square++) {
            long span = FILES[square & 7] | ADJACENT_FILES[square & 7];
            int rank = square >>> 3;
            long aboveRank = rank == 7 ? 0 : -1L << ((rank + 1) * 8);
            long belowRank = (1L << (rank * 8)) - 1;
            PASSED_SPAN[square] = span & aboveRank;
            PASSED_SPAN[64 + square] = span & belowRank;
        }
    }

    private Evaluator() {
    }

    /** The score of the position for the side to move. */
    public static int evaluate(SearchBoard board) {
        Tally tally = new Tally();
        int[] material = new int[2];
        for (int color = SearchBoard.WHITE; color <= SearchBoard.BLACK; color++) {
            material[color] = addPieces(board, color, tally);
            addPawnStructure(board, color, tally);
            addKingShelter(board, color, tally);
        }
        int phase = Math.min(tally.phase, FULL_PHASE);
        int score = (tally.middlegame * phase + tally.endgame * (FULL_PHASE - phase)) / FULL_PHASE;
        score += mopUp(board, material);
        return board.sideToMove() == SearchBoard.WHITE ? score : -score;
    }

    /** Running sums for white minus black. */
    private static final class Tally {
        int middlegame;
        int endgame;
        int phase;

        void add(int color, int middlegameScore, int endgameScore) {
            int sign = color == SearchBoard.WHITE ? 1 : -1;
            middlegame += sign * middlegameScore;
            endgame += sign * endgameScore;
        }
    }

    /** Material, placement, mobility, bishop pair and rooks on open files; returns the colour's material. */
    private static int addPieces(SearchBoard board, int color, Tally tally) {
        int mirror = color == SearchBoard.WHITE ? 0 : 56;
        long own = board.occupancy(color);
        long ownPawns = board.pieces(color * 6);
        long allPawns = ownPawns | board.pieces((color ^ 1) * 6);
        int material = 0;
        for (int type = 0; type < 6; type++) {
            long bits = board.pieces(color * 6 + type);
            while (bits != 0) {
                int square = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int relative = square ^ mirror;
                tally.add(color, PieceSquareTables.MIDDLEGAME[type * 64 + relative],
                        PieceSquareTables.ENDGAME[type * 64 + relative]);
                tally.phase += PHASE[type];
                material += PieceSquareTables.ENDGAME_VALUE[type];
                if (MOBILITY_AVERAGE[type] > 0) {
                    int reach = Long.bitCount(board.attacks(square) & ~own) - MOBILITY_AVERAGE[type];
                    tally.add(color, reach * MOBILITY_MIDDLEGAME[type], reach * MOBILITY_ENDGAME[type]);
                }
                if (type == 3) {
                    long file = FILES[square & 7];
                    int openness = (file & allPawns) == 0 ? ROOK_OPEN_FILE
                            : (file & ownPawns) == 0 ? ROOK_HALF_OPEN_FILE : 0;
                    tally.add(color, openness, openness / 2);
                }
            }
        }
        if (Long.bitCount(board.pieces(color * 6 + 2)) >= 2) {
            tally.add(color, BISHOP_PAIR_MIDDLEGAME, BISHOP_PAIR_ENDGAME);
        }
        return material;
    }

    private static void addPawnStructure(SearchBoard board, int color, Tally tally) {
        long ownPawns = board.pieces(color * 6);
        long enemyPawns = board.pieces((color ^ 1) * 6);
        long bits = ownPawns;
        while (bits != 0) {
            int square = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            int file = square & 7;
            if ((PASSED_SPAN[color * 64 + square] & enemyPawns) == 0) {
                int rank = color == SearchBoard.WHITE ? square >>> 3 : 7 - (square >>> 3);
                tally.add(color, PASSED_MIDDLEGAME[rank], PASSED_ENDGAME[rank]);
            }
            if ((ADJACENT_FILES[file] & ownPawns) == 0) {
                tally.add(color, ISOLATED_MIDDLEGAME, ISOLATED_ENDGAME);
            }
        }
        for (int file = 0; file < 8; file++) {
            int extra = Long.bitCount(ownPawns & FILES[file]) - 1;
            if (extra > 0) {
                tally.add(color, extra * DOUBLED_MIDDLEGAME, extra * DOUBLED_ENDGAME);
            }
        }
    }

    /** Middlegame only: pawns one and two squares in front of a king on its first two ranks, and open files there. */
    private static void addKingShelter(SearchBoard board, int color, Tally tally) {
        int king = board.kingSquare(color);
        int rank = color == SearchBoard.WHITE ? king >>> 3 : 7 - (king >>> 3);
        if (rank > 1) {
            return;
        }
        long ownPawns = board.pieces(color * 6);
        int forward = color == SearchBoard.WHITE ? 8 : -8;
        int file = king & 7;
        int shelter = 0;
        for (int f = Math.max(0, file - 1); f <= Math.min(7, file + 1); f++) {
            int base = (king & ~7) + f;
            if ((ownPawns & (1L << (base + forward))) != 0) {
                shelter += SHIELD_PAWN_NEAR;
            } else if ((ownPawns & (1L << (base + 2 * forward))) != 0) {
                shelter += SHIELD_PAWN_FAR;
            }
            if ((ownPawns & FILES[f]) == 0) {
                shelter += KING_OPEN_FILE;
            }
        }
        tally.add(color, shelter, 0);
    }

    /**
     * With a clear lead against a side without pawns, drive its king to the edge and bring the own king close:
     * the mating pattern of every basic ending (queen, rook, two bishops), out of reach of the search's horizon.
     * From white's side.
     */
    private static int mopUp(SearchBoard board, int[] material) {
        int lead = material[SearchBoard.WHITE] - material[SearchBoard.BLACK];
        if (Math.abs(lead) < MOP_UP_LEAD) {
            return 0;
        }
        int strong = lead > 0 ? SearchBoard.WHITE : SearchBoard.BLACK;
        int weak = strong ^ 1;
        if (board.pieces(weak * 6) != 0) {
            return 0;
        }
        int weakKing = board.kingSquare(weak);
        int strongKing = board.kingSquare(strong);
        int edge = centreManhattanDistance(weakKing);
        int kingsApart = Math.abs((weakKing & 7) - (strongKing & 7)) + Math.abs((weakKing >>> 3) - (strongKing >>> 3));
        int bonus = 10 * edge + 4 * (14 - kingsApart);
        return strong == SearchBoard.WHITE ? bonus : -bonus;
    }

    private static int centreManhattanDistance(int square) {
        int file = square & 7;
        int rank = square >>> 3;
        return Math.max(3 - file, file - 4) + Math.max(3 - rank, rank - 4);
    }
}
