package dev.eschess.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The table keeps what the search stored and, when positions compete for a bucket, prefers the deeper search.
 * A table of two slots is one bucket, so any two hashes compete.
 */
class TranspositionTableTest {

    @Test
    void givenAStoredResult_whenProbed_thenMoveScoreDepthAndBoundComeBack() {
        TranspositionTable table = new TranspositionTable(16);

        table.store(0xABCDEF12345L, 0x2F3A1, -1_234, 7, TranspositionTable.LOWER_BOUND);
        long entry = table.probe(0xABCDEF12345L);

        assertThat(TranspositionTable.move(entry)).isEqualTo(0x2F3A1);
        assertThat(TranspositionTable.score(entry)).isEqualTo(-1_234);
        assertThat(TranspositionTable.depth(entry)).isEqualTo(7);
        assertThat(TranspositionTable.bound(entry)).isEqualTo(TranspositionTable.LOWER_BOUND);
    }

    @Test
    void givenNothingStoredForAHash_whenProbed_thenTheTableHasNoEntry() {
        TranspositionTable table = new TranspositionTable(16);
        table.store(1L, 5, 10, 3, TranspositionTable.EXACT);

        assertThat(table.probe(2L)).isZero();
    }

    @Test
    void givenADeepEntry_whenAShallowerOneOfAnotherPositionArrives_thenBothAreKept() {
        TranspositionTable table = new TranspositionTable(1);
        table.store(1L, 11, 0, 9, TranspositionTable.EXACT);

        table.store(2L, 22, 0, 2, TranspositionTable.EXACT);

        assertThat(TranspositionTable.move(table.probe(1L))).isEqualTo(11);
        assertThat(TranspositionTable.move(table.probe(2L))).isEqualTo(22);
    }

    @Test
    void givenADeepEntry_whenShallowerEntriesKeepArriving_thenOnlyTheAlwaysReplacedSlotChanges() {
        TranspositionTable table = new TranspositionTable(1);
        table.store(1L, 11, 0, 9, TranspositionTable.EXACT);
        table.store(2L, 22, 0, 2, TranspositionTable.EXACT);

        table.store(3L, 33, 0, 4, TranspositionTable.EXACT);

        assertThat(table.probe(1L)).isNotZero();
        assertThat(table.probe(2L)).isZero();
        assertThat(TranspositionTable.move(table.probe(3L))).isEqualTo(33);
    }

    @Test
    void givenADeeperEntryOfAnotherPosition_whenStored_thenItTakesTheDeepSlotAndTheOldOneMovesOver() {
        TranspositionTable table = new TranspositionTable(1);
        table.store(1L, 11, 0, 3, TranspositionTable.EXACT);

        table.store(2L, 22, 0, 8, TranspositionTable.EXACT);
        table.store(3L, 33, 0, 1, TranspositionTable.EXACT);

        assertThat(TranspositionTable.depth(table.probe(2L))).isEqualTo(8);
        assertThat(table.probe(3L)).isNotZero();
        assertThat(table.probe(1L)).isZero();
    }

    @Test
    void givenAMateScore_whenStoredAtOnePlyAndReadAtAnother_thenItCountsFromTheNewRoot() {
        int mateInThreePliesFromTheRoot = Scores.MATE - 3;
        int stored = Scores.toTable(mateInThreePliesFromTheRoot, 2);

        assertThat(Scores.fromTable(stored, 2)).isEqualTo(mateInThreePliesFromTheRoot);
        assertThat(Scores.fromTable(stored, 4)).isEqualTo(Scores.MATE - 5);
        assertThat(Scores.fromTable(Scores.toTable(-Scores.MATE + 6, 6), 1)).isEqualTo(-Scores.MATE + 1);
        assertThat(Scores.fromTable(Scores.toTable(250, 6), 1)).isEqualTo(250);
    }

    @Test
    void mateScoresTranslateToMovesForTheSideThatMatesOrIsMated() {
        assertThat(Scores.mateInMoves(Scores.MATE - 1)).isEqualTo(1);
        assertThat(Scores.mateInMoves(Scores.MATE - 3)).isEqualTo(2);
        assertThat(Scores.mateInMoves(-(Scores.MATE - 2))).isEqualTo(-1);
        assertThat(Scores.isMate(900)).isFalse();
    }
}
