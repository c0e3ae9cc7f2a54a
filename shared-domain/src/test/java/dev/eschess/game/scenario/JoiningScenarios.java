package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.ALREADY_SEATED;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_FULL;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.INVALID_PLAYER_NAME;
import static dev.eschess.game.scenario.ExpectedEvent.playerJoined;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;

import java.util.List;

/** Joining a game: the free seat, and who cannot sit down. */
final class JoiningScenarios {

    private JoiningScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.JOINING);

        book.scenario("the second player takes black when the creator plays white, and the game starts")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(BOB.joins())
                .then(playerJoined(BOB, BLACK));

        book.scenario("the second player takes white when the creator plays black")
                .given(aGame().createdBy(ALICE, BLACK))
                .when(BOB.joins())
                .then(playerJoined(BOB, WHITE));

        book.scenario("the creator cannot join their own game")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(ALICE.joins())
                .thenRejected(ALREADY_SEATED);

        book.scenario("a seated player cannot join again")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB))
                .when(BOB.joins())
                .thenRejected(ALREADY_SEATED);

        book.scenario("a third player cannot join a started game")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB))
                .when(CAROL.joins())
                .thenRejected(GAME_FULL);

        book.scenario("a game that does not exist cannot be joined")
                .givenNoGame()
                .when(BOB.joins())
                .thenRejected(GAME_NOT_FOUND);

        book.scenario("an aborted game cannot be joined")
                .given(aGame().createdBy(ALICE, WHITE).abortedBy(ALICE))
                .when(BOB.joins())
                .thenRejected(GAME_FINISHED);

        book.scenario("a finished game cannot be joined")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB).resignedBy(BOB))
                .when(CAROL.joins())
                .thenRejected(GAME_FINISHED);

        book.scenario("a joining player with a blank name is refused")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(BOB.joins(""))
                .thenRejected(INVALID_PLAYER_NAME);

        return book.scenarios();
    }
}
