package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.event.EndReason.RESIGNATION;
import static dev.eschess.game.event.GameResult.BLACK_WINS;
import static dev.eschess.game.event.GameResult.WHITE_WINS;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;

import java.util.List;

/** Either player may resign while the game is active; the opponent wins. */
final class ResignationScenarios {

    private ResignationScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.RESIGNATION);

        book.scenario("white resigns and black wins")
                .given(started().after("e4 e5"))
                .when(ALICE.resigns())
                .then(gameEnded(BLACK_WINS, RESIGNATION));

        book.scenario("black resigns and white wins")
                .given(started().after("e4"))
                .when(BOB.resigns())
                .then(gameEnded(WHITE_WINS, RESIGNATION));

        book.scenario("a player may resign while it is the opponent's turn")
                .given(started())
                .when(BOB.resigns())
                .then(gameEnded(WHITE_WINS, RESIGNATION));

        book.scenario("a creator playing black resigns and white wins")
                .given(aGame().createdBy(ALICE, BLACK).joinedBy(BOB))
                .when(ALICE.resigns())
                .then(gameEnded(WHITE_WINS, RESIGNATION));

        book.scenario("resigning with the opponent's draw offer pending is still a resignation")
                .given(started().drawOfferedBy(BOB))
                .when(ALICE.resigns())
                .then(gameEnded(BLACK_WINS, RESIGNATION));

        book.scenario("nobody can resign before the game has started")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(ALICE.resigns())
                .thenRejected(GAME_NOT_STARTED);

        book.scenario("nobody can resign a game that has ended")
                .given(started().resignedBy(ALICE))
                .when(BOB.resigns())
                .thenRejected(GAME_FINISHED);

        book.scenario("a spectator cannot resign")
                .given(started())
                .when(CAROL.resigns())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("nobody can resign a game that does not exist")
                .givenNoGame()
                .when(ALICE.resigns())
                .thenRejected(GAME_NOT_FOUND);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
