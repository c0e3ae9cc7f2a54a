package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.BOB;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;

import dev.eschess.axon.command.CommandMetadata;
import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.support.ServerWiredFixture;
import dev.eschess.game.GameRejection;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 4 of the tour (docs/tour/4-optimistic-concurrency.md), the Axon side in Axon's fixture: a stale
 * {@code If-Match} version and a repeated command id. The race itself needs Axon's real storage; see the chapter.
 */
class Chapter4AggregateTest {

    private AggregateTestFixture<GameAggregate> fixture;

    @BeforeEach
    void wireTheAggregateAsTheServerDoes() {
        fixture = ServerWiredFixture.gameAggregate(Duration.ofHours(1));
    }

    // tag::tour-ch4-axon-if-match[]
    @Test
    void givenAGameAtVersion3_whenAMoveArrivesWithExpectedVersion2_thenItIsAConflictAndNoEventIsApplied() {
        fixture.given(FoolsMate.firstEvents(3))
                .when(new MakeMove(GAME, BOB, "e5", at(15)), Map.of(CommandMetadata.EXPECTED_VERSION, 2L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
    // end::tour-ch4-axon-if-match[]

    // tag::tour-ch4-axon-idempotency[]
    @Test
    void givenAMoveStoredUnderACommandId_whenTheSameCommandIdArrivesAgain_thenNothingIsDecidedOrApplied() {
        fixture.given(storedUnderCommandIds(FoolsMate.firstEvents(3), "create-1", "join-1", "alice-move-1"))
                .when(new MakeMove(GAME, ALICE, "f3", at(11)), Map.of(CommandMetadata.COMMAND_ID, "alice-move-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAMoveStoredUnderACommandId_whenTheSameMoveArrivesWithANewCommandId_thenTheDeciderRefusesIt() {
        fixture.given(storedUnderCommandIds(FoolsMate.firstEvents(3), "create-1", "join-1", "alice-move-1"))
                .when(new MakeMove(GAME, ALICE, "f3", at(11)), Map.of(CommandMetadata.COMMAND_ID, "alice-move-2"))
                .expectNoEvents()
                .expectException(GameRejection.class);
    }
    // end::tour-ch4-axon-idempotency[]

    /** The events as Axon stores them: each with its sequence number and the command id in its metadata. */
    private static List<GenericDomainEventMessage<GameEvent>> storedUnderCommandIds(List<GameEvent> events,
                                                                                   String... commandIds) {
        return IntStream.range(0, events.size())
                .mapToObj(i -> new GenericDomainEventMessage<>(GameAggregate.TYPE, GAME, i, events.get(i),
                        MetaData.with(CommandMetadata.COMMAND_ID, commandIds[i])))
                .toList();
    }
}
