package dev.eschess.engine.evaluation;

/**
 * Material plus a bonus for where a piece stands, for the middlegame and for the endgame, from white's side
 * (square a1 = 0 ... h8 = 63; black reads the table with its ranks mirrored). The tables are built from a few
 * plain rules rather than typed in as 768 numbers, so that each number can be explained: minor pieces and the
 * endgame king want the centre, pawns want to advance (the centre pawns first), rooks want the seventh rank,
 * the middlegame king wants to stay castled behind its pawns.
 */
final class PieceSquareTables {

    /** Material by piece type (pawn, knight, bishop, rook, queen, king) in centipawns. */
    static final int[] MIDDLEGAME_VALUE = {100, 320, 330, 480, 950, 0};
    static final int[] ENDGAME_VALUE = {120, 300, 320, 540, 1000, 0};

    /** [type * 64 + square]: material plus placement, white's view. */
    static final int[] MIDDLEGAME = new int[6 * 64];
    static final int[] ENDGAME = new int[6 * 64];

    /** How far a square is from the four centre squares: 0 for d4-e5, 1 for the ring around them, ... 3 at the rim. */
    static final int[] CENTRE_DISTANCE = new int[64];

    private static final int PAWN = 0;
    private static final int KNIGHT = 1;
    private static final int BISHOP = 2;
    private static final int ROOK = 3;
    private static final int QUEEN = 4;
    private static final int KING = 5;

    static {
        for (int square = 0; square < 64; square++) {
            int file = square & 7;
            int rank = square >>> 3;
            CENTRE_DISTANCE[square] = Math.max(distanceFromCentre(file), distanceFromCentre(rank));
        }
        for (int square = 0; square < 64; square++) {
            int file = square & 7;
            int rank = square >>> 3;
            int centre = CENTRE_DISTANCE[square];
            set(PAWN, square, pawnMiddlegame(file, rank), pawnEndgame(rank));
            set(KNIGHT, square, new int[] {20, 10, -5, -30}[centre] - (rank == 0 ? 10 : 0),
                    new int[] {15, 10, -5, -25}[centre]);
            set(BISHOP, square, new int[] {10, 10, 3, -10}[centre] - (rank == 0 ? 10 : 0),
                    new int[] {10, 6, 0, -10}[centre]);
            set(ROOK, square, rookMiddlegame(file, rank), rank == 6 ? 15 : 0);
            set(QUEEN, square, new int[] {5, 5, 0, -5}[centre], new int[] {20, 12, 0, -15}[centre]);
            set(KING, square, kingMiddlegame(file, rank), new int[] {30, 15, -5, -30}[centre]);
        }
    }

    private PieceSquareTables() {
    }

    private static int distanceFromCentre(int fileOrRank) {
        return fileOrRank < 4 ? 3 - fileOrRank : fileOrRank - 4;
    }

    private static void set(int type, int square, int middlegame, int endgame) {
        MIDDLEGAME[type * 64 + square] = MIDDLEGAME_VALUE[type] + middlegame;
        ENDGAME[type * 64 + square] = ENDGAME_VALUE[type] + endgame;
    }

    /**
     * Advance, and take the centre with the d and e pawns (an unmoved d or e pawn blocks the bishops); the wing
     * pawns, which shelter a castled king, earn nothing for their first steps.
     */
    private static int pawnMiddlegame(int file, int rank) {
        int advance = new int[] {0, 0, 3, 8, 15, 30, 50, 0}[rank];
        boolean central = file == 3 || file == 4;
        if (central && rank == 1) {
            return -15;
        }
        if (central && (rank == 3 || rank == 4)) {
            return advance + 15;
        }
        boolean wing = file <= 1 || file >= 6;
        return wing && rank <= 3 ? 0 : advance;
    }

    /** In the endgame every step brings a pawn closer to promotion. */
    private static int pawnEndgame(int rank) {
        return new int[] {0, 0, 5, 12, 25, 45, 75, 0}[rank];
    }

    /** The seventh rank, and the centre files of the first rank once castled. */
    private static int rookMiddlegame(int file, int rank) {
        if (rank == 6) {
            return 20;
        }
        if (rank == 0 && (file == 3 || file == 4)) {
            return 5;
        }
        return file == 0 || file == 7 ? -5 : 0;
    }

    /** Castled in a corner behind the pawns; every step forward is a risk while queens are on the board. */
    private static int kingMiddlegame(int file, int rank) {
        if (rank == 0) {
            return new int[] {20, 30, 10, -5, -5, 10, 30, 20}[file];
        }
        if (rank == 1) {
            return new int[] {5, 5, -10, -20, -20, -10, 5, 5}[file];
        }
        return -30 - 10 * Math.min(rank - 2, 3);
    }
}
