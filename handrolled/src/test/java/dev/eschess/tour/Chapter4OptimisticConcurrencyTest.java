package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static dev.eschess.tour.InMemoryGames.STREAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.support.ForwardingEventStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 4 of the tour (docs/tour/4-optimistic-concurrency.md): two writers, one stream. The store refuses an append
 * that was decided on an old version; the command handling then retries the decision, reports the conflict, or
 * recognises a request it has already carried out.
 */
class Chapter4OptimisticConcurrencyTest {

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final HandrolledGameCommands games = InMemoryGames.commands(events);

    @BeforeEach
    void aliceCreatedTheGameAndBobJoined() {
        InMemoryGames.play(games, FoolsMate.commands().subList(0, 2));
    }

    // tag::tour-ch4-race-test[]
    @Test
    void givenTwoTabsThatLoadedVersion2_whenBothAppendAMove_thenTheStoreRefusesTheSecondAppend() {
        assertOnlyTheFirstTabsMoveWasStored(TwoTabs.race(events));
    }

    /** What the race must leave behind; chapter 4's exercise shows it failing without the version check. */
    static void assertOnlyTheFirstTabsMoveWasStored(TwoTabs.Outcome race) {
        assertThat(race.secondAppend()).hasValueSatisfying(conflict -> {
            assertThat(conflict.expected()).isEqualTo(ExpectedVersion.exactly(2));
            assertThat(conflict.actualVersion()).isEqualTo(3);
        });
        assertThat(race.moves()).extracting(MovePlayed::san).containsExactly("e4");
    }
    // end::tour-ch4-race-test[]

    // tag::tour-ch4-if-match[]
    @Test
    void givenAMovePinnedToVersion2_whenTheGameIsAlreadyAtVersion3_thenItIsAConflictAndNothingIsStored() {
        games.handle(new MakeMove(GAME, ALICE, "e4", at(10)), HandlingOptions.NONE.pinnedTo(2));

        assertThatThrownBy(() -> games.handle(new MakeMove(GAME, ALICE, "d4", at(10)),
                HandlingOptions.NONE.pinnedTo(2)))
                .isInstanceOfSatisfying(ExpectedVersionConflict.class,
                        conflict -> assertThat(conflict.actualVersion()).isEqualTo(3));
        assertThat(events.streamVersion(STREAM)).isEqualTo(3);
    }
    // end::tour-ch4-if-match[]

    // tag::tour-ch4-retry[]
    @Test
    void givenAnUnpinnedMoveThatLosesTheRace_whenItIsDecidedAgainOnTheNewState_thenTheRulesRefuseIt() {
        HandrolledGameCommands secondTab = InMemoryGames.commands(
                storeWhereTheFirstTabMovesJustBeforeTheSecondTabAppends(new MakeMove(GAME, ALICE, "e4", at(10))));

        assertThatThrownBy(() -> secondTab.handle(new MakeMove(GAME, ALICE, "d4", at(10)), HandlingOptions.NONE))
                .isInstanceOfSatisfying(GameRejection.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
        assertThat(events.streamVersion(STREAM)).isEqualTo(3);
    }
    // end::tour-ch4-retry[]

    // tag::tour-ch4-idempotency[]
    @Test
    void givenAMoveWhoseAnswerWasLost_whenTheBrowserSendsItAgainWithTheSameCommandId_thenItIsStoredOnce() {
        HandlingOptions withId = HandlingOptions.NONE.withCommandId("alice-move-1");
        CommandResult<GameEvent, GameState> first = games.handle(new MakeMove(GAME, ALICE, "e4", at(10)), withId);

        CommandResult<GameEvent, GameState> retry = games.handle(new MakeMove(GAME, ALICE, "e4", at(11)), withId);

        assertThat(retry.alreadyApplied()).isTrue();
        assertThat(retry.events()).isEqualTo(first.events());
        assertThat(events.streamVersion(STREAM)).isEqualTo(3);
    }
    // end::tour-ch4-idempotency[]

    /** The store as the second tab sees it: the first tab's command is handled just before the second tab appends. */
    private EventStore storeWhereTheFirstTabMovesJustBeforeTheSecondTabAppends(MakeMove firstTabsMove) {
        AtomicBoolean done = new AtomicBoolean();
        return new ForwardingEventStore(events) {
            @Override
            public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> batch,
                                       AppendParticipant participant) {
                if (!done.getAndSet(true)) {
                    games.handle(firstTabsMove, HandlingOptions.NONE);
                }
                return super.append(streamId, expected, batch, participant);
            }
        };
    }
}
