package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.NOT_YOUR_TURN;
import static dev.eschess.game.scenario.ExpectedEvent.gameCreated;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** Games from a FEN start position: who moves first, move numbers, castling rights from the FEN. */
final class CustomStartScenarios {

    private static final String BLACK_TO_MOVE = "4k3/8/8/8/8/8/4P3/4K3 b - - 0 1";

    private CustomStartScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.CUSTOM_START);

        book.scenario("a game may start with black to move")
                .givenNoGame()
                .when(ALICE.createsFrom(BLACK, BLACK_TO_MOVE))
                .then(gameCreated(ALICE, BLACK, BLACK_TO_MOVE));

        book.scenario("black moves first when the start position says so")
                .given(aGame().createdBy(ALICE, BLACK, BLACK_TO_MOVE).joinedBy(BOB))
                .when(ALICE.moves("Kd7"))
                .then(movePlayed(1, BLACK, "e8d7", "Kd7", "8/3k4/8/8/8/8/4P3/4K3 w - - 1 2"));

        book.scenario("white may not move first when black is to move")
                .given(aGame().createdBy(ALICE, BLACK, BLACK_TO_MOVE).joinedBy(BOB))
                .when(BOB.moves("e4"))
                .thenRejected(NOT_YOUR_TURN);

        book.scenario("the first move from a custom start is ply one whatever the FEN's move number")
                .given(aGame().createdBy(ALICE, WHITE, "4k3/8/8/8/8/8/4P3/4K3 w - - 7 42").joinedBy(BOB))
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4", "4k3/8/8/8/4P3/8/8/4K3 b - - 0 42"));

        book.scenario("castling rights given in the start FEN allow castling")
                .given(aGame().createdBy(ALICE, WHITE, "r3k2r/8/8/8/8/8/8/R3K2R b KQkq - 0 1").joinedBy(BOB))
                .when(BOB.moves("O-O-O"))
                .then(movePlayed(1, BLACK, "e8c8", "O-O-O", "2kr3r/8/8/8/8/8/8/R3K2R w KQ - 1 2"));

        return book.scenarios();
    }
}
