package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.event.EndReason.INSUFFICIENT_MATERIAL;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** A capture that leaves no mating material draws the game at once. */
final class InsufficientMaterialScenarios {

    private InsufficientMaterialScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.INSUFFICIENT_MATERIAL);

        book.scenario("the king captures the last piece: king against king")
                .given(startedFrom("8/8/4k3/8/8/3Kq3/8/8 w - - 0 1"))
                .when(ALICE.moves("Kxe3"))
                .then(movePlayed(1, WHITE, "d3e3", "Kxe3", "8/8/4k3/8/8/4K3/8/8 b - - 0 1"),
                        gameEnded(DRAW, INSUFFICIENT_MATERIAL));

        book.scenario("king and knight against king")
                .given(startedFrom("8/8/4k3/8/8/3K4/2N5/4r3 w - - 0 1"))
                .when(ALICE.moves("Nxe1"))
                .then(movePlayed(1, WHITE, "c2e1", "Nxe1", "8/8/4k3/8/8/3K4/8/4N3 b - - 0 1"),
                        gameEnded(DRAW, INSUFFICIENT_MATERIAL));

        book.scenario("kings with bishops that all stand on dark squares")
                .given(startedFrom("4k3/6n1/8/2b5/8/8/1B6/1K6 w - - 0 1"))
                .when(ALICE.moves("Bxg7"))
                .then(movePlayed(1, WHITE, "b2g7", "Bxg7", "4k3/6B1/8/2b5/8/8/8/1K6 b - - 0 1"),
                        gameEnded(DRAW, INSUFFICIENT_MATERIAL));

        book.scenario("bishops on squares of opposite colours can still mate, so play goes on")
                .given(startedFrom("4k3/6n1/8/3b4/8/8/1B6/1K6 w - - 0 1"))
                .when(ALICE.moves("Bxg7"))
                .then(movePlayed(1, WHITE, "b2g7", "Bxg7", "4k3/6B1/8/3b4/8/8/8/1K6 b - - 0 1"));

        return book.scenarios();
    }

    private static GivenGame startedFrom(String fen) {
        return aGame().createdBy(ALICE, WHITE, fen).joinedBy(BOB);
    }
}
