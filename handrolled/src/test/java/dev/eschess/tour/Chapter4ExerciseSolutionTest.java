package dev.eschess.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.chess.IllegalMoveException;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.support.ForwardingEventStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 4's exercise (docs/tour/4-optimistic-concurrency.md): without the expected-version check the
 * race test fails, the game's history says that White moved twice in a row, and the game can no longer be loaded.
 */
class Chapter4ExerciseSolutionTest {

    private final InMemoryEventStore events = new InMemoryEventStore();

    @BeforeEach
    void aliceCreatedTheGameAndBobJoined() {
        InMemoryGames.play(InMemoryGames.commands(events), FoolsMate.commands().subList(0, 2));
    }

    // tag::tour-ch4-solution[]
    /** The store with its version check taken out: every append claims that any version will do. */
    private EventStore withoutTheVersionCheck() {
        return new ForwardingEventStore(events) {
            @Override
            public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> batch,
                                       AppendParticipant participant) {
                return super.append(streamId, ExpectedVersion.any(), batch, participant);
            }
        };
    }

    @Test
    void givenAStoreWithoutTheVersionCheck_whenTheTwoTabsRace_thenTheRaceTestFails() {
        TwoTabs.Outcome race = TwoTabs.race(withoutTheVersionCheck());

        assertThatThrownBy(() -> Chapter4OptimisticConcurrencyTest.assertOnlyTheFirstTabsMoveWasStored(race))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void givenAStoreWithoutTheVersionCheck_whenTheTwoTabsRace_thenWhitesFirstMoveIsStoredTwice() {
        TwoTabs.Outcome race = TwoTabs.race(withoutTheVersionCheck());

        assertThat(race.moves()).extracting(MovePlayed::san).containsExactly("e4", "d4");
        assertThat(race.moves()).allSatisfy(move -> {
            assertThat(move.color()).isEqualTo(Color.WHITE);
            assertThat(move.ply()).isEqualTo(1);
        });
    }

    @Test
    void givenWhiteMovedTwiceInTheStream_whenTheGameIsLoaded_thenFoldingTheHistoryFails() {
        TwoTabs.race(withoutTheVersionCheck());

        assertThatThrownBy(() -> InMemoryGames.repository(events, new InMemorySnapshotStore()).load(
                InMemoryGames.STREAM))
                .isInstanceOf(IllegalMoveException.class);
    }
    // end::tour-ch4-solution[]
}
