package dev.eschess.tour;

import static dev.eschess.tour.Chapter3AxonReconstructingStateTest.OLD_GAME_CREATED;
import static dev.eschess.tour.Chapter3AxonReconstructingStateTest.SERIALIZATION;
import static dev.eschess.tour.Chapter3AxonReconstructingStateTest.readAsAxonsStorageDoes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEvent;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 3's exercise, Axon's half (docs/tour/3-reconstructing-state.md): without its revision 2
 * to 3 step, Axon still reads the old event, because a revision is only a label the upcasters match on.
 */
class Chapter3AxonExerciseSolutionTest {

    // tag::tour-ch3-axon-solution[]
    @Test
    void givenAnUpcasterChainWithoutTheV2Step_whenAxonReadsTheOldEvent_thenItReadsItSilentlyAsToday() {
        EventUpcasterChain withoutV2Step = new EventUpcasterChain(SERIALIZATION.gameCreatedV1Upcaster());

        GameEvent read = readAsAxonsStorageDoes(OLD_GAME_CREATED, withoutV2Step);

        assertThat(read).isInstanceOfSatisfying(GameCreated.class,
                created -> assertThat(created.timeControl()).isEmpty());
    }
    // end::tour-ch3-axon-solution[]
}
