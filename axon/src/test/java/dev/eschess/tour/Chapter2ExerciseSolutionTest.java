package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.BOB;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.command.GameCommandTargetResolver;
import dev.eschess.axon.command.MissingGameTranslation;
import dev.eschess.axon.command.WaitingTime;
import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 2's exercise (docs/tour/2-decider-and-aggregate.md): White offers a draw after her first
 * move, and Black moves instead of answering. The offer lapses: one command, two events. Written once against the
 * bare decider and once in Axon's fixture; both must say the same.
 */
class Chapter2ExerciseSolutionTest {

    // tag::tour-ch2-solution-given[]
    /** Created, joined, 1. f3, and White's offer of a draw. */
    private static List<GameEvent> givenWhiteOfferedADraw() {
        List<GameEvent> given = new ArrayList<>(FoolsMate.firstEvents(3));
        given.add(new DrawOffered(GAME, Color.WHITE, at(12)));
        return given;
    }

    private static final MakeMove BLACK_MOVES_INSTEAD = new MakeMove(GAME, BOB, "e5", at(15));
    // end::tour-ch2-solution-given[]

    // tag::tour-ch2-solution-decider[]
    @Test
    void givenWhitesDrawOffer_whenBlackMovesInstead_thenTheDeciderRecordsTheMoveAndTheLapsedOffer() {
        GameDecider decider = new GameDecider();

        List<GameEvent> then = decider.decide(BLACK_MOVES_INSTEAD, decider.replay(givenWhiteOfferedADraw()));

        assertThat(then).hasSize(2);
        assertThat(then.get(0)).isInstanceOfSatisfying(MovePlayed.class, move -> {
            assertThat(move.color()).isEqualTo(Color.BLACK);
            assertThat(move.san()).isEqualTo("e5");
        });
        assertThat(then.get(1)).isEqualTo(new DrawOfferLapsed(GAME, Color.WHITE, at(15)));
    }
    // end::tour-ch2-solution-decider[]

    // tag::tour-ch2-solution-fixture[]
    @Test
    void givenWhitesDrawOffer_whenBlackMovesInstead_thenTheAggregateAppliesTheMoveAndTheLapsedOffer() {
        AggregateTestFixture<GameAggregate> fixture = new AggregateTestFixture<>(GameAggregate.class);
        fixture.registerCommandTargetResolver(new GameCommandTargetResolver());
        fixture.registerCommandHandlerInterceptor(new MissingGameTranslation());
        fixture.registerInjectableResource(new WaitingTime(Duration.ofHours(1)));

        fixture.given(givenWhiteOfferedADraw())
                .when(BLACK_MOVES_INSTEAD)
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(instanceOf(MovePlayed.class)),
                        messageWithPayload(equalTo(new DrawOfferLapsed(GAME, Color.WHITE, at(15)))),
                        andNoMore()));
    }
    // end::tour-ch2-solution-fixture[]

    @Test
    void givenWhitesDrawOffer_whenAliceMovesAgainInsteadOfBob_thenNothingLapsesBecauseTheMoveIsRefused() {
        GameDecider decider = new GameDecider();

        assertThatThrownBy(() -> decider.decide(new MakeMove(GAME, ALICE, "e4", at(15)),
                decider.replay(givenWhiteOfferedADraw())))
                .isInstanceOf(GameRejection.class);
    }
}
