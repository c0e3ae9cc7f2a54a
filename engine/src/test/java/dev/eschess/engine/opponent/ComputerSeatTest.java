package dev.eschess.engine.opponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.game.Seat;
import org.junit.jupiter.api.Test;

class ComputerSeatTest {

    @Test
    void givenALevelWhenItsPlayerIdIsReadBackThenItIsTheSameComputer() {
        ComputerSeat seat = ComputerSeat.atLevel(3);

        assertThat(seat.playerId()).isEqualTo("computer:level-3");
        assertThat(ComputerSeat.fromPlayerId(seat.playerId())).contains(seat);
        assertThat(seat.playerName()).isEqualTo("Computer (level 3)");
    }

    @Test
    void givenAPersonsRandomIdWhenReadThenNoComputerSitsThere() {
        assertThat(ComputerSeat.of(new Seat("q3Jx9_Vb0kLmN2aZ", "Ada"))).isEmpty();
    }

    @Test
    void givenAnIdThatLooksLikeAComputerOutsideTheLevelsWhenReadThenItIsNoComputer() {
        assertThat(ComputerSeat.fromPlayerId("computer:level-9")).isEmpty();
        assertThat(ComputerSeat.fromPlayerId("computer:level-0")).isEmpty();
        assertThat(ComputerSeat.fromPlayerId("computer:level-12")).isEmpty();
        assertThat(ComputerSeat.fromPlayerId("computer:level-")).isEmpty();
    }

    @Test
    void givenALevelOutsideOneToEightWhenSeatedThenItIsRefused() {
        assertThatThrownBy(() -> ComputerSeat.atLevel(9)).isInstanceOf(IllegalArgumentException.class);
    }
}
