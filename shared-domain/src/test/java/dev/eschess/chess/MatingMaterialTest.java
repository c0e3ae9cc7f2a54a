package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether one side could still mate by any legal sequence: what decides a loss or a draw on time. */
class MatingMaterialTest {

    private static boolean canMate(String fen, Color side) {
        return Position.fromFen(fen).canMate(side);
    }

    @Test
    void givenALoneKingWhenAskedThenItCannotMate() {
        assertThat(canMate("4k3/8/8/8/8/8/4P3/4K3 w - - 0 1", Color.BLACK)).isFalse();
    }

    @Test
    void givenAPawnRookOrQueenWhenAskedThenTheSideCanMate() {
        assertThat(canMate("4k3/8/8/8/8/8/4P3/4K3 w - - 0 1", Color.WHITE)).isTrue();
        assertThat(canMate("4k3/8/8/8/8/8/8/R3K3 w - - 0 1", Color.WHITE)).isTrue();
        assertThat(canMate("4k3/8/8/8/8/8/8/3QK3 w - - 0 1", Color.WHITE)).isTrue();
    }

    @Test
    void givenAKnightAgainstALoneKingOrQueensWhenAskedThenItCannotMate() {
        assertThat(canMate("4k3/8/8/8/8/8/8/1N2K3 w - - 0 1", Color.WHITE)).isFalse();
        assertThat(canMate("3qk3/8/8/8/8/8/8/1N2K3 w - - 0 1", Color.WHITE)).isFalse();
    }

    @Test
    void givenAKnightAgainstAPieceThatCanBlockItsKingWhenAskedThenItCanMate() {
        assertThat(canMate("4k3/4p3/8/8/8/8/8/1N2K3 w - - 0 1", Color.WHITE)).isTrue();
        assertThat(canMate("3rk3/8/8/8/8/8/8/1N2K3 w - - 0 1", Color.WHITE)).isTrue();
    }

    @Test
    void givenTwoKnightsWhenAskedThenTheyCanMate() {
        assertThat(canMate("4k3/8/8/8/8/8/8/1N2KN2 w - - 0 1", Color.WHITE)).isTrue();
    }

    @Test
    void givenBishopsOnOneSquareColourAgainstAKingWhenAskedThenTheyCannotMate() {
        assertThat(canMate("4k3/8/8/8/8/8/8/2B1K3 w - - 0 1", Color.WHITE)).isFalse();
        assertThat(canMate("4k3/8/8/8/8/8/1B6/2B1K3 w - - 0 1", Color.WHITE)).isFalse();
    }

    @Test
    void givenBishopsOnBothSquareColoursWhenAskedThenTheyCanMate() {
        assertThat(canMate("4k3/8/8/8/8/8/8/2B1KB2 w - - 0 1", Color.WHITE)).isTrue();
    }

    @Test
    void givenABishopAgainstAKnightOrAnOppositeColouredBishopWhenAskedThenItCanMate() {
        assertThat(canMate("4k1n1/8/8/8/8/8/8/2B1K3 w - - 0 1", Color.WHITE)).isTrue();
        assertThat(canMate("2b1k3/8/8/8/8/8/8/2B1K3 w - - 0 1", Color.WHITE)).isTrue();
    }

    @Test
    void givenABishopAgainstABishopOnTheSameColourWhenAskedThenItCannotMate() {
        assertThat(canMate("4kb2/8/8/8/8/8/8/2B1K3 w - - 0 1", Color.WHITE)).isFalse();
    }
}
