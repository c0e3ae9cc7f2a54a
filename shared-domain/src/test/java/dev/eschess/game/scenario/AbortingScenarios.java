package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.GAME_ALREADY_STARTED;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.RejectionReason.ONLY_CREATOR_CAN_ABORT;
import static dev.eschess.game.event.EndReason.ABORTED;
import static dev.eschess.game.event.EndReason.NO_OPPONENT;
import static dev.eschess.game.event.GameResult.NO_RESULT;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;
import static dev.eschess.game.scenario.ScenarioServer.expiresTheWaitingGame;

import java.util.List;

/**
 * The creator may cancel a game nobody has joined; it ends without a result. So does the server, by a deadline, when
 * nobody joined within its waiting time.
 */
final class AbortingScenarios {

    private AbortingScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.ABORTING);

        book.scenario("the creator aborts a game nobody has joined")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(ALICE.aborts())
                .then(gameEnded(NO_RESULT, ABORTED));

        book.scenario("a creator playing black may abort too")
                .given(aGame().createdBy(ALICE, BLACK))
                .when(ALICE.aborts())
                .then(gameEnded(NO_RESULT, ABORTED));

        book.scenario("the creator cannot abort once the opponent has joined")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB))
                .when(ALICE.aborts())
                .thenRejected(GAME_ALREADY_STARTED);

        book.scenario("the player who joined cannot abort")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB))
                .when(BOB.aborts())
                .thenRejected(ONLY_CREATOR_CAN_ABORT);

        book.scenario("a stranger cannot abort a waiting game")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(CAROL.aborts())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("an aborted game cannot be aborted again")
                .given(aGame().createdBy(ALICE, WHITE).abortedBy(ALICE))
                .when(ALICE.aborts())
                .thenRejected(GAME_FINISHED);

        book.scenario("no move can be made in an aborted game")
                .given(aGame().createdBy(ALICE, WHITE).abortedBy(ALICE))
                .when(ALICE.moves("e4"))
                .thenRejected(GAME_FINISHED);

        book.scenario("the server ends a game nobody joined in time, without a result")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(expiresTheWaitingGame())
                .then(gameEnded(NO_RESULT, NO_OPPONENT));

        book.scenario("the waiting-time deadline changes nothing once an opponent has joined")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB))
                .when(expiresTheWaitingGame())
                .thenRejected(GAME_ALREADY_STARTED);

        book.scenario("the waiting-time deadline changes nothing in a game the creator aborted")
                .given(aGame().createdBy(ALICE, WHITE).abortedBy(ALICE))
                .when(expiresTheWaitingGame())
                .thenRejected(GAME_FINISHED);

        book.scenario("a game that does not exist cannot be aborted")
                .givenNoGame()
                .when(ALICE.aborts())
                .thenRejected(GAME_NOT_FOUND);

        return book.scenarios();
    }
}
