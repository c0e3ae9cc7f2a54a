package dev.eschess.game;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.outcome.DrawClaim;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.scenario.GivenGame;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the state tells a game view, and the properties of decide and evolve beyond single scenarios. */
class GameDeciderTest {

    private final GameDecider decider = new GameDecider();

    @Test
    void theInitialStateIsAGameThatDoesNotExist() {
        GameState initial = decider.initialState();

        assertThat(initial.status()).isEqualTo(GameStatus.NOT_CREATED);
        assertThat(initial.gameId()).isEmpty();
        assertThat(initial.white()).isEmpty();
        assertThat(initial.black()).isEmpty();
        assertThat(initial.moves()).isEmpty();
    }

    @Test
    void aCreatedGameWaitsWithTheCreatorInTheChosenSeat() {
        GameState state = aGame().createdBy(ALICE, BLACK).state();

        assertThat(state.status()).isEqualTo(GameStatus.WAITING);
        assertThat(state.black()).contains(new Seat(ALICE.id(), ALICE.name()));
        assertThat(state.white()).isEmpty();
        assertThat(state.creator()).contains(new Seat(ALICE.id(), ALICE.name()));
    }

    @Test
    void aStartedGameShowsSeatsMovesSideToMoveAndPosition() {
        GameState state = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).after("e4 e5 Nf3").state();

        assertThat(state.status()).isEqualTo(GameStatus.ACTIVE);
        assertThat(state.colorOf(BOB.id())).contains(BLACK);
        assertThat(state.sanMoves()).containsExactly("e4", "e5", "Nf3");
        assertThat(state.ply()).isEqualTo(3);
        assertThat(state.sideToMove()).isEqualTo(BLACK);
        assertThat(state.position().fen()).isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2");
    }

    @Test
    void aThreefoldRepetitionIsClaimableOnlyWhileTheGameIsActive() {
        GivenGame repeated = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).after("Nf3 Nf6 Ng1 Ng8 Nf3 Nf6 Ng1 Ng8");

        assertThat(repeated.state().claimableDraw()).contains(DrawClaim.THREEFOLD_REPETITION);
        assertThat(repeated.resignedBy(BOB).state().claimableDraw()).isEmpty();
    }

    @Test
    void aFinishedGameKeepsResultAndReasonAndForgetsThePendingOffer() {
        GameState state = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).drawOfferedBy(ALICE).resignedBy(BOB).state();

        assertThat(state.status()).isEqualTo(GameStatus.FINISHED);
        assertThat(state.outcome()).contains(new GameOutcome(GameResult.WHITE_WINS, EndReason.RESIGNATION));
        assertThat(state.drawOffer()).isEmpty();
    }

    @Test
    void replayingAPrefixOfTheEventsGivesTheGameAsItWasThen() {
        List<GameEvent> events = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).after("e4 e5 Nf3").events();

        GameState afterThreeEvents = decider.replay(events.subList(0, 3));

        assertThat(afterThreeEvents.sanMoves()).containsExactly("e4");
    }

    @Test
    void decidingDoesNotChangeTheStateItWasGiven() {
        GameState state = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).state();
        GameState copy = decider.replay(aGame().createdBy(ALICE, WHITE).joinedBy(BOB).events());

        decider.decide(new MakeMove("game-1", ALICE.id(), "e4", Instant.parse("2026-01-01T18:00:00Z")), state);

        assertThat(state).isEqualTo(copy);
    }

    @Test
    void theSameCommandOnTheSameStateAlwaysGivesTheSameEvents() {
        GameState state = aGame().createdBy(ALICE, WHITE).joinedBy(BOB).after("f3 e5 g4").state();
        MakeMove mate = new MakeMove("game-1", BOB.id(), "Qh4", Instant.parse("2026-01-01T18:00:00Z"));

        assertThat(decider.decide(mate, state)).isEqualTo(decider.decide(mate, state)).hasSize(2);
    }
}
