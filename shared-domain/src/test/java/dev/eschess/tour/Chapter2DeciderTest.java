package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.BOB;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameOutcome;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chapter 2 of the tour (docs/tour/2-decider-and-aggregate.md): the game as a decider. Every test is given events,
 * when a command, then events or a refusal; no store, no framework, no clock.
 */
class Chapter2DeciderTest {

    private final GameDecider decider = new GameDecider();

    // tag::tour-ch2-given-when-then[]
    @Test
    void givenAStartedGame_whenWhiteMoves_thenTheDeciderAnswersWithOneMovePlayed() {
        GameState given = decider.replay(FoolsMate.firstEvents(2)); // GameCreated, PlayerJoined

        List<GameEvent> then = decider.decide(new MakeMove(GAME, ALICE, "e4", at(10)), given);

        assertThat(then).containsExactly(new MovePlayed(GAME, 1, Color.WHITE, "e2e4", "e4",
                "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1", at(10)));
    }
    // end::tour-ch2-given-when-then[]

    @Test
    void givenAState_whenTheSameCommandIsDecidedTwice_thenTheSameEventsComeOutAndTheStateIsUnchanged() {
        GameState given = decider.replay(FoolsMate.firstEvents(2));
        MakeMove command = new MakeMove(GAME, ALICE, "e4", at(10));

        List<GameEvent> first = decider.decide(command, given);
        List<GameEvent> second = decider.decide(command, given);

        assertThat(second).isEqualTo(first);
        assertThat(given).isEqualTo(decider.replay(FoolsMate.firstEvents(2)));
    }

    // tag::tour-ch2-evolve[]
    @Test
    void givenTheEventsOfAGame_whenTheyAreFoldedWithEvolve_thenTheStateIsTheGameAsItStands() {
        GameState state = decider.initialState();
        for (GameEvent event : FoolsMate.events()) {
            state = decider.evolve(state, event);
        }

        assertThat(state.status()).isEqualTo(GameStatus.FINISHED);
        assertThat(state.sanMoves()).containsExactly("f3", "e5", "g4", "Qh4#");
        assertThat(state.outcome()).contains(new GameOutcome(GameResult.BLACK_WINS, EndReason.CHECKMATE));
        assertThat(state.eventCount()).isEqualTo(7);
    }
    // end::tour-ch2-evolve[]

    @Test
    void givenAFinishedGame_whenAPlayerMoves_thenTheDeciderRefusesAndNothingHappens() {
        GameState finished = decider.replay(FoolsMate.events());

        assertThatThrownBy(() -> decider.decide(new MakeMove(GAME, ALICE, "e4", at(30)), finished))
                .isInstanceOfSatisfying(GameRejection.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.GAME_FINISHED));
    }

    @Test
    void givenAWaitingGame_whenTheCreatorTriesToJoinHerOwnGame_thenTheDeciderRefuses() {
        GameState waiting = decider.replay(FoolsMate.firstEvents(1));

        assertThatThrownBy(() -> decider.decide(new JoinGame(GAME, ALICE, "Alice", at(3)), waiting))
                .isInstanceOfSatisfying(GameRejection.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.ALREADY_SEATED));
        assertThat(waiting.colorOf(BOB)).isEmpty();
    }
}
