package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.command.GameCommandTargetResolver;
import dev.eschess.axon.command.MissingGameTranslation;
import dev.eschess.axon.command.WaitingTime;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.MakeMove;
import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 2 of the tour (docs/tour/2-decider-and-aggregate.md): the Axon aggregate in Axon's own test fixture. The
 * aggregate makes no decision itself, so it must answer exactly what the bare decider answers.
 */
class Chapter2AggregateTest {

    private final GameDecider decider = new GameDecider();
    private AggregateTestFixture<GameAggregate> fixture;

    // tag::tour-ch2-fixture[]
    @BeforeEach
    void wireTheAggregateAsTheServerDoes() {
        fixture = new AggregateTestFixture<>(GameAggregate.class);
        fixture.registerCommandTargetResolver(new GameCommandTargetResolver());
        fixture.registerCommandHandlerInterceptor(new MissingGameTranslation());
        fixture.registerInjectableResource(new WaitingTime(Duration.ofHours(1)));
    }

    @Test
    void givenAStartedGame_whenWhiteMoves_thenTheAggregateAppliesExactlyWhatTheDeciderDecides() {
        MakeMove move = new MakeMove(GAME, ALICE, "f3", at(10));
        GameState given = decider.replay(FoolsMate.firstEvents(2));

        fixture.given(FoolsMate.firstEvents(2))
                .when(move)
                .expectSuccessfulHandlerExecution()
                .expectEvents(decider.decide(move, given).toArray());
    }
    // end::tour-ch2-fixture[]

    @Test
    void givenAStartedGame_whenWhiteMoves_thenTheAggregatesStateIsTheDecidersFoldOfAllItsEvents() {
        fixture.given(FoolsMate.firstEvents(2))
                .when(new MakeMove(GAME, ALICE, "f3", at(10)))
                .expectState(game -> {
                    GameState state = GameState.fromSnapshot(game.toSnapshot().state());
                    assertThat(state.status()).isEqualTo(GameStatus.ACTIVE);
                    assertThat(state.sanMoves()).containsExactly("f3");
                    assertThat(state.eventCount()).isEqualTo(3);
                });
    }

    @Test
    void givenAFinishedGame_whenAPlayerMoves_thenTheDecidersRefusalLeavesTheAggregateAndNoEventIsApplied() {
        fixture.given(FoolsMate.events())
                .when(new MakeMove(GAME, ALICE, "e4", at(30)))
                .expectNoEvents()
                .expectException(GameRejection.class);
    }
}
