package dev.eschess.handrolled.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotPolicyTest {

    @Test
    void anAppendThatCrossesAMultipleOfNCallsForASnapshot() {
        SnapshotPolicy policy = SnapshotPolicy.everyNEvents(10);

        assertThat(policy.isDue(9, 10)).isTrue();
        assertThat(policy.isDue(8, 12)).isTrue();
        assertThat(policy.isDue(10, 11)).isFalse();
        assertThat(policy.isDue(0, 9)).isFalse();
    }

    @Test
    void neverMeansNever() {
        assertThat(SnapshotPolicy.never().isDue(0, 1_000)).isFalse();
    }
}
