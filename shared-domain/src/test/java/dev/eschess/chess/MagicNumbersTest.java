package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Where the magic numbers in {@link Attacks} come from, and that the tables built from them are right.
 *
 * <p>The search: for each square (rooks a1..h8, then bishops a1..h8, each piece's run starting the generator
 * from the seed), draw
 * sparse candidates (the AND of three xorshift64* outputs), skip those that put fewer than six bits of the
 * mask product into the top byte, and take the first candidate under which no two occupancies with different
 * attacks share an index.
 */
class MagicNumbersTest {

    @Test
    void theEmbeddedMagicNumbersAreExactlyWhatTheSearchFindsFromTheSeed() {
        long[] rookState = {Attacks.MAGIC_SEED};
        long[] bishopState = {Attacks.MAGIC_SEED};
        long[] rooks = new long[64];
        long[] bishops = new long[64];
        for (int sq = 0; sq < 64; sq++) {
            rooks[sq] = search(sq, Attacks.ROOK_DIRECTIONS, rookState);
            bishops[sq] = search(sq, Attacks.BISHOP_DIRECTIONS, bishopState);
        }

        assertThat(rooks).containsExactly(Attacks.ROOK_MAGIC);
        assertThat(bishops).containsExactly(Attacks.BISHOP_MAGIC);
    }

    @Test
    void slidingAttacksFromTheTablesMatchARayWalkForRandomOccupancies() {
        Random random = new Random(64);
        for (int i = 0; i < 20_000; i++) {
            int sq = random.nextInt(64);
            long occupied = random.nextLong() & random.nextLong();
            assertThat(Attacks.rook(sq, occupied))
                    .isEqualTo(Attacks.slidingAttacks(sq, occupied, Attacks.ROOK_DIRECTIONS));
            assertThat(Attacks.bishop(sq, occupied))
                    .isEqualTo(Attacks.slidingAttacks(sq, occupied, Attacks.BISHOP_DIRECTIONS));
        }
    }

    @Test
    void aRookInTheCornerOfAnEmptyBoardSeesFourteenSquares() {
        assertThat(Long.bitCount(Attacks.rook(Square.A1.index(), 0))).isEqualTo(14);
        assertThat(Long.bitCount(Attacks.bishop(Square.D4.index(), 0))).isEqualTo(13);
    }

    /** The first candidate that maps every occupancy of the square's mask to an index without a harmful collision. */
    static long search(int sq, int[][] directions, long[] state) {
        long mask = Attacks.relevantMask(sq, directions);
        int bits = Long.bitCount(mask);
        int size = 1 << bits;
        int shift = 64 - bits;
        long[] occupancies = new long[size];
        long[] references = new long[size];
        long subset = 0;
        for (int i = 0; i < size; i++) {
            occupancies[i] = subset;
            references[i] = Attacks.slidingAttacks(sq, subset, directions);
            subset = (subset - mask) & mask;
        }
        long[] seen = new long[size];
        int[] stamp = new int[size];
        int epoch = 0;
        while (true) {
            long candidate = -1L;
            for (int k = 0; k < 3; k++) {
                long x = state[0];
                x ^= x >>> 12;
                x ^= x << 25;
                x ^= x >>> 27;
                state[0] = x;
                candidate &= x * 0x2545F4914F6CDD1DL;
            }
            if (Long.bitCount((mask * candidate) & 0xFF00000000000000L) < 6) {
                continue;
            }
            epoch++;
            boolean collisionFree = true;
            for (int i = 0; i < size && collisionFree; i++) {
                int index = (int) ((occupancies[i] * candidate) >>> shift);
                if (stamp[index] != epoch) {
                    stamp[index] = epoch;
                    seen[index] = references[i];
                } else if (seen[index] != references[i]) {
                    collisionFree = false;
                }
            }
            if (collisionFree) {
                return candidate;
            }
        }
    }
}
