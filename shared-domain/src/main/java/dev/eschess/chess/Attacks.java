package dev.eschess.chess;

/**
 * Precomputed attack tables. Leapers (knight, king, pawn) are plain lookups; sliders use "fancy" magic
 * bitboards. The magic numbers below were found by a deterministic search from a fixed seed; {@code
 * MagicNumbersTest} repeats that search and checks it yields exactly these numbers, so they are reproducible
 * rather than unexplained. Embedding them keeps class initialisation to a few milliseconds (the search itself
 * takes about half a second) and there is no randomness at run time.
 */
final class Attacks {

    static final long FILE_A = 0x0101010101010101L;
    static final long FILE_H = FILE_A << 7;
    static final long RANK_1 = 0xFFL;
    static final long RANK_3 = RANK_1 << 16;
    static final long RANK_6 = RANK_1 << 40;
    static final long RANK_8 = RANK_1 << 56;

    static final long[] KNIGHT = new long[64];
    static final long[] KING = new long[64];
    /** PAWN[color * 64 + sq]: squares a pawn of that colour on sq attacks. */
    static final long[] PAWN = new long[128];
    /** BETWEEN[a * 64 + b]: squares strictly between a and b when they share a line, else 0. */
    static final long[] BETWEEN = new long[64 * 64];
    /** LINE[a * 64 + b]: the whole line (rank, file or diagonal) through a and b, else 0. */
    static final long[] LINE = new long[64 * 64];

    /** Found by {@code MagicNumbersTest.search} from seed {@link #MAGIC_SEED}, rooks first, squares a1..h8. */
    static final long[] ROOK_MAGIC = {
            0x008000908064C000L, 0x0040200040001000L, 0x0180100080A0010AL, 0x8880041000800800L,
            0x1200100201200804L, 0x0200020004011008L, 0x2180010000800600L, 0x0200005088210204L,
            0x0400800040008021L, 0x0400400020005000L, 0x8240801000200080L, 0x8611001004200900L,
            0x008180800C001800L, 0x0100800200800400L, 0x0A02000102000408L, 0x8020802300104280L,
            0x0080004000402000L, 0xE010104000402000L, 0x0800808010002000L, 0xA280210008100100L,
            0x0001818014000800L, 0xA002010100080400L, 0x0080240001020870L, 0x0001020004048845L,
            0x0081826280004004L, 0x2020810900284000L, 0x0200100080802000L, 0x0200080080100080L,
            0x8083080100100500L, 0x4406000901000400L, 0x0005020080800100L, 0x0090204200008114L,
            0x0010400094800420L, 0x0900804000802002L, 0x0201001841002000L, 0x4100080080801000L,
            0x4540040080800800L, 0x0002001004040020L, 0x0281195814001002L, 0x1240800040800100L,
            0x0880042000524004L, 0x02C080410206002CL, 0x0801200241050010L, 0x8400080010008080L,
            0x0008000500090010L, 0x0082009084020008L, 0x4012000108020004L, 0x9000104D08860004L,
            0x2004204114800100L, 0x0148802112400300L, 0x0202842000100880L, 0x001B080080900080L,
            0x001A002008100600L, 0x0004008004020080L, 0x5181000600040300L, 0x0000044401128A00L,
            0x8044110480002441L, 0x2008110084402202L, 0x90806005090010C1L, 0x000420310A004A42L,
            0x0023001004020801L, 0x0882001008040102L, 0x000230088118020CL, 0x0000019025040042L
    };

    /** Found by the same search, restarted from the seed for the bishops. */
    static final long[] BISHOP_MAGIC = {
            0x0020428400408200L, 0x2008010104210004L, 0x02D0009200480190L, 0x0018158B00010100L,
            0x02C4042132048008L, 0x020082202000C221L, 0x4000421050080009L, 0x0210140202022020L,
            0x00C0101410042248L, 0x0405204800D48080L, 0x3800C89200420002L, 0x180844124A020440L,
            0x04403410A8002221L, 0x4040209004200400L, 0x084004020202A204L, 0x3010002104022000L,
            0x00200240A9110900L, 0x2302800404080210L, 0x0204188800240010L, 0x8048000C01401200L,
            0x120C001A11040900L, 0x0000401200500440L, 0x00004040840420A0L, 0x0020930822880804L,
            0x4044401090900161L, 0x0034100015210804L, 0x8004100009010120L, 0x48C8080000820500L,
            0x0080848004002000L, 0x0801004012005044L, 0x000080902C040400L, 0x0004009005004100L,
            0x0B103010048A0200L, 0x8004100203181A00L, 0x0800140200100080L, 0x8401010800910040L,
            0x0840010011290040L, 0x40100214202E1000L, 0x0842040040010840L, 0x0028010040010860L,
            0x00080202A2051000L, 0x4200841008084204L, 0x0021120110000D02L, 0x48C1004208000084L,
            0x0010088100414400L, 0x0021101000420580L, 0x0010040558401410L, 0x200C0C82A1050205L,
            0x0011108820088000L, 0x0001011910120402L, 0x1580008608091248L, 0x8010018020880C02L,
            0x20A1101032088480L, 0x0080100408082800L, 0x28100401140401C0L, 0x8002102200930012L,
            0x4001040082080200L, 0x082200A498081808L, 0x000508610080D003L, 0x0052020044842402L,
            0x4800A00140C84840L, 0x5000000848080820L, 0x0101086004240040L, 0x0028280808005014L
    };

    /** The seed of the xorshift64* generator that found the magic numbers. */
    static final long MAGIC_SEED = 0x2545F4914F6CDD1DL;

    static final int[][] ROOK_DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    static final int[][] BISHOP_DIRECTIONS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

    private static final long[] ROOK_MASK = new long[64];
    private static final int[] ROOK_SHIFT = new int[64];
    private static final int[] ROOK_OFFSET = new int[64];
    private static final long[] ROOK_TABLE;

    private static final long[] BISHOP_MASK = new long[64];
    private static final int[] BISHOP_SHIFT = new int[64];
    private static final int[] BISHOP_OFFSET = new int[64];
    private static final long[] BISHOP_TABLE;

    static {
        initLeapers();
        initLines();
        ROOK_TABLE = initMagics(ROOK_DIRECTIONS, ROOK_MASK, ROOK_MAGIC, ROOK_SHIFT, ROOK_OFFSET);
        BISHOP_TABLE = initMagics(BISHOP_DIRECTIONS, BISHOP_MASK, BISHOP_MAGIC, BISHOP_SHIFT, BISHOP_OFFSET);
    }

    private Attacks() {
    }

    static long rook(int sq, long occupied) {
        return ROOK_TABLE[ROOK_OFFSET[sq] + (int) (((occupied & ROOK_MASK[sq]) * ROOK_MAGIC[sq]) >>> ROOK_SHIFT[sq])];
    }

    static long bishop(int sq, long occupied) {
        return BISHOP_TABLE[BISHOP_OFFSET[sq]
                + (int) (((occupied & BISHOP_MASK[sq]) * BISHOP_MAGIC[sq]) >>> BISHOP_SHIFT[sq])];
    }

    static long queen(int sq, long occupied) {
        return rook(sq, occupied) | bishop(sq, occupied);
    }

    private static void initLeapers() {
        int[][] knight = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
        int[][] king = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
        for (int sq = 0; sq < 64; sq++) {
            KNIGHT[sq] = leaps(sq, knight);
            KING[sq] = leaps(sq, king);
            PAWN[sq] = leaps(sq, new int[][] {{-1, 1}, {1, 1}});
            PAWN[64 + sq] = leaps(sq, new int[][] {{-1, -1}, {1, -1}});
        }
    }

    private static long leaps(int sq, int[][] deltas) {
        long result = 0;
        int file = sq & 7;
        int rank = sq >>> 3;
        for (int[] d : deltas) {
            int f = file + d[0];
            int r = rank + d[1];
            if (f >= 0 && f < 8 && r >= 0 && r < 8) {
                result |= 1L << (r * 8 + f);
            }
        }
        return result;
    }

    private static void initLines() {
        int[][] all = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
        for (int a = 0; a < 64; a++) {
            for (int[] d : all) {
                long between = 0;
                int f = (a & 7) + d[0];
                int r = (a >>> 3) + d[1];
                while (f >= 0 && f < 8 && r >= 0 && r < 8) {
                    int b = r * 8 + f;
                    BETWEEN[a * 64 + b] = between;
                    LINE[a * 64 + b] = ray(a, d[0], d[1]) | ray(a, -d[0], -d[1]) | (1L << a);
                    between |= 1L << b;
                    f += d[0];
                    r += d[1];
                }
            }
        }
    }

    private static long ray(int sq, int df, int dr) {
        long result = 0;
        int f = (sq & 7) + df;
        int r = (sq >>> 3) + dr;
        while (f >= 0 && f < 8 && r >= 0 && r < 8) {
            result |= 1L << (r * 8 + f);
            f += df;
            r += dr;
        }
        return result;
    }

    /** Slow reference: attacks along the directions, stopping at (and including) the first occupied square. */
    static long slidingAttacks(int sq, long occupied, int[][] directions) {
        long result = 0;
        for (int[] d : directions) {
            int f = (sq & 7) + d[0];
            int r = (sq >>> 3) + d[1];
            while (f >= 0 && f < 8 && r >= 0 && r < 8) {
                long bit = 1L << (r * 8 + f);
                result |= bit;
                if ((occupied & bit) != 0) {
                    break;
                }
                f += d[0];
                r += d[1];
            }
        }
        return result;
    }

    /** Relevant occupancy: the rays without their last square (a blocker there changes nothing). */
    static long relevantMask(int sq, int[][] directions) {
        long result = 0;
        for (int[] d : directions) {
            int f = (sq & 7) + d[0];
            int r = (sq >>> 3) + d[1];
            while (f + d[0] >= 0 && f + d[0] < 8 && r + d[1] >= 0 && r + d[1] < 8) {
                result |= 1L << (r * 8 + f);
                f += d[0];
                r += d[1];
            }
        }
        return result;
    }

    private static long[] initMagics(int[][] directions, long[] masks, long[] magics, int[] shifts, int[] offsets) {
        int total = 0;
        for (int sq = 0; sq < 64; sq++) {
            masks[sq] = relevantMask(sq, directions);
            shifts[sq] = 64 - Long.bitCount(masks[sq]);
            offsets[sq] = total;
            total += 1 << Long.bitCount(masks[sq]);
        }
        long[] table = new long[total];
        for (int sq = 0; sq < 64; sq++) {
            long mask = masks[sq];
            long subset = 0;
            // Carry-Rippler: visits every subset of the mask exactly once, ending back at 0.
            do {
                long attacks = slidingAttacks(sq, subset, directions);
                int index = offsets[sq] + (int) ((subset * magics[sq]) >>> shifts[sq]);
                if (table[index] != 0 && table[index] != attacks) {
                    throw new IllegalStateException("magic number of square " + sq + " maps two attack sets together");
                }
                table[index] = attacks;
                subset = (subset - mask) & mask;
            } while (subset != 0);
        }
        return table;
    }
}
