package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.event.EndReason.STALEMATE;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** Stalemate draws at once, and takes precedence over insufficient material. */
final class StalemateScenarios {

    private StalemateScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.STALEMATE);

        book.scenario("a queen move that leaves the lone king no move and no check is stalemate")
                .given(startedFrom("k7/8/8/2Q5/8/8/8/7K w - - 0 1"))
                .when(ALICE.moves("Qb6"))
                .then(movePlayed(1, WHITE, "c5b6", "Qb6", "k7/8/1Q6/8/8/8/8/7K b - - 1 1"),
                        gameEnded(DRAW, STALEMATE));

        book.scenario("black stalemates white")
                .given(startedFrom("7k/8/8/8/8/8/4q3/7K b - - 0 1"))
                .when(BOB.moves("Qf2"))
                .then(movePlayed(1, BLACK, "e2f2", "Qf2", "7k/8/8/8/8/8/5q2/7K w - - 1 2"),
                        gameEnded(DRAW, STALEMATE));

        book.scenario("stalemate takes precedence over insufficient material")
                .given(startedFrom("k7/8/1K6/4n3/8/6B1/8/8 w - - 0 1"))
                .when(ALICE.moves("Bxe5"))
                .then(movePlayed(1, WHITE, "g3e5", "Bxe5", "k7/8/1K6/4B3/8/8/8/8 b - - 0 1"),
                        gameEnded(DRAW, STALEMATE));

        return book.scenarios();
    }

    private static GivenGame startedFrom(String fen) {
        return aGame().createdBy(ALICE, WHITE, fen).joinedBy(BOB);
    }
}
