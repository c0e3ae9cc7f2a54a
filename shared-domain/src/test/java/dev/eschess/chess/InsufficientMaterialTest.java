package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsufficientMaterialTest {

    @Test
    void kingAgainstKingIsInsufficient() {
        assertThat(fen("4k3/8/8/8/8/8/8/4K3 w - - 0 1").hasInsufficientMaterial()).isTrue();
    }

    @Test
    void kingAndKnightAgainstKingIsInsufficient() {
        assertThat(fen("4k3/8/8/8/8/8/8/4KN2 w - - 0 1").hasInsufficientMaterial()).isTrue();
        assertThat(fen("4kn2/8/8/8/8/8/8/4K3 w - - 0 1").hasInsufficientMaterial()).isTrue();
    }

    @Test
    void kingAndBishopAgainstKingIsInsufficient() {
        assertThat(fen("4k3/8/8/8/8/8/8/4KB2 w - - 0 1").hasInsufficientMaterial()).isTrue();
    }

    @Test
    void bishopsOfBothSidesOnOneSquareColourAreInsufficient() {
        // f1 and c8 are both light squares.
        assertThat(fen("2b1k3/8/8/8/8/8/8/4KB2 w - - 0 1").hasInsufficientMaterial()).isTrue();
    }

    @Test
    void severalBishopsAllOnOneSquareColourAreInsufficient() {
        assertThat(fen("4k3/8/8/8/8/8/6B1/4KB1B w - - 0 1").hasInsufficientMaterial()).isTrue();
    }

    @Test
    void bishopsOnBothSquareColoursAreSufficient() {
        assertThat(fen("3bk3/8/8/8/8/8/8/4KB2 w - - 0 1").hasInsufficientMaterial()).isFalse();
        assertThat(fen("4k3/8/8/8/8/8/8/2B1KB2 w - - 0 1").hasInsufficientMaterial()).isFalse();
    }

    @Test
    void twoKnightsAreSufficient() {
        assertThat(fen("4k3/8/8/8/8/8/8/3NKN2 w - - 0 1").hasInsufficientMaterial()).isFalse();
    }

    @Test
    void knightAgainstBishopIsSufficient() {
        assertThat(fen("4kb2/8/8/8/8/8/8/4KN2 w - - 0 1").hasInsufficientMaterial()).isFalse();
    }

    @Test
    void anyPawnRookOrQueenIsSufficient() {
        assertThat(fen("4k3/8/8/8/8/8/4P3/4K3 w - - 0 1").hasInsufficientMaterial()).isFalse();
        assertThat(fen("4k3/8/8/8/8/8/8/4K2R w - - 0 1").hasInsufficientMaterial()).isFalse();
        assertThat(fen("4k3/8/8/8/8/8/8/3QK3 w - - 0 1").hasInsufficientMaterial()).isFalse();
        assertThat(Position.initial().hasInsufficientMaterial()).isFalse();
    }
}
