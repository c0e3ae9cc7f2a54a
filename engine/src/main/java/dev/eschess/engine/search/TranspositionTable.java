package dev.eschess.engine.search;

/**
 * A fixed-size table of searched positions by Zobrist hash: the best move found, the score, the depth it was
 * searched to and whether the score is exact or a bound. Buckets of two slots: the first keeps the deepest
 * search of any position mapped there (depth-preferred), the second takes whatever the first would not keep
 * (always replaced), so a shallow result never pushes out a deep one but recent work is still remembered.
 * Single-threaded; one table per search, so a search never depends on an earlier one.
 */
final class TranspositionTable {

    /** The score is exact. */
    static final int EXACT = 1;
    /** The score is at least this (the search failed high: a refutation was found). */
    static final int LOWER_BOUND = 2;
    /** The score is at most this (no move reached alpha). */
    static final int UPPER_BOUND = 3;

    private static final int MOVE_BITS = 18;
    private static final int SCORE_SHIFT = MOVE_BITS;
    private static final int DEPTH_SHIFT = SCORE_SHIFT + 16;
    private static final int BOUND_SHIFT = DEPTH_SHIFT + 8;

    private final long[] keys;
    /** Move (18 bits), score + 32768 (16), depth (8), bound (2); 0 means an empty slot (bound is never 0). */
    private final long[] entries;
    private final int bucketMask;

    /** A table of {@code 2^slotBits} slots. */
    TranspositionTable(int slotBits) {
        if (slotBits < 1 || slotBits > 26) {
            throw new IllegalArgumentException("table size must be 2^1 to 2^26 slots: 2^" + slotBits);
        }
        keys = new long[1 << slotBits];
        entries = new long[1 << slotBits];
        bucketMask = (1 << (slotBits - 1)) - 1;
    }

    /** The entry stored for a hash, or 0 if there is none; read it with the static accessors. */
    long probe(long hash) {
        int slot = bucket(hash);
        if (entries[slot] != 0 && keys[slot] == hash) {
            return entries[slot];
        }
        if (entries[slot + 1] != 0 && keys[slot + 1] == hash) {
            return entries[slot + 1];
        }
        return 0;
    }

    /** Stores a result; {@code score} must already be made relative to this node ({@link Scores#toTable}). */
    void store(long hash, int move, int score, int depth, int bound) {
        long entry = (move & ((1L << MOVE_BITS) - 1))
                | ((long) (score + 32_768) << SCORE_SHIFT)
                | ((long) Math.max(0, Math.min(depth, 255)) << DEPTH_SHIFT)
                | ((long) bound << BOUND_SHIFT);
        int slot = bucket(hash);
        if (entries[slot] == 0 || keys[slot] == hash || depth >= depth(entries[slot])) {
            if (entries[slot] != 0 && keys[slot] != hash) {
                // The deep slot's old position is not thrown away but moves to the always-replaced slot.
                keys[slot + 1] = keys[slot];
                entries[slot + 1] = entries[slot];
            }
            keys[slot] = hash;
            entries[slot] = entry;
        } else {
            keys[slot + 1] = hash;
            entries[slot + 1] = entry;
        }
    }

    static int move(long entry) {
        return (int) (entry & ((1L << MOVE_BITS) - 1));
    }

    static int score(long entry) {
        return (int) ((entry >>> SCORE_SHIFT) & 0xFFFF) - 32_768;
    }

    static int depth(long entry) {
        return (int) ((entry >>> DEPTH_SHIFT) & 0xFF);
    }

    static int bound(long entry) {
        return (int) ((entry >>> BOUND_SHIFT) & 3);
    }

    private int bucket(long hash) {
        return ((int) (hash ^ (hash >>> 32)) & bucketMask) << 1;
    }
}
