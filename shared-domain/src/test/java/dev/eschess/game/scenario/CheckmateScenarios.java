package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.event.EndReason.CHECKMATE;
import static dev.eschess.game.event.GameResult.BLACK_WINS;
import static dev.eschess.game.event.GameResult.WHITE_WINS;
import static dev.eschess.game.scenario.ExpectedEvent.drawOfferLapsed;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** Checkmate ends the game in the same decision as the mating move. */
final class CheckmateScenarios {

    private static final String AFTER_FOOLS_MATE = "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3";
    private static final String BACK_RANK = "6k1/5ppp/8/8/8/8/8/R5K1 w - - 0 1";

    private CheckmateScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.CHECKMATE);

        book.scenario("fool's mate: black mates on the second move")
                .given(started().after("f3 e5 g4"))
                .when(BOB.moves("Qh4#"))
                .then(movePlayed(4, BLACK, "d8h4", "Qh4#", AFTER_FOOLS_MATE),
                        gameEnded(BLACK_WINS, CHECKMATE));

        book.scenario("a mate written without the # sign is still recorded and ends the game")
                .given(started().after("f3 e5 g4"))
                .when(BOB.moves("Qh4"))
                .then(movePlayed(4, BLACK, "d8h4", "Qh4#", AFTER_FOOLS_MATE),
                        gameEnded(BLACK_WINS, CHECKMATE));

        book.scenario("scholar's mate: white mates on f7")
                .given(started().after("e4 e5 Bc4 Nc6 Qh5 Nf6"))
                .when(ALICE.moves("Qxf7#"))
                .then(movePlayed(7, WHITE, "h5f7", "Qxf7#",
                                "r1bqkb1r/pppp1Qpp/2n2n2/4p3/2B1P3/8/PPPP1PPP/RNB1K1NR b KQkq - 0 4"),
                        gameEnded(WHITE_WINS, CHECKMATE));

        book.scenario("a back-rank mate by a rook")
                .given(startedFrom(BACK_RANK))
                .when(ALICE.moves("Ra8#"))
                .then(movePlayed(1, WHITE, "a1a8", "Ra8#", "R5k1/5ppp/8/8/8/8/8/6K1 b - - 1 1"),
                        gameEnded(WHITE_WINS, CHECKMATE));

        book.scenario("a smothered mate by a knight")
                .given(startedFrom("6rk/6pp/8/6N1/8/8/8/6K1 w - - 0 1"))
                .when(ALICE.moves("Nf7#"))
                .then(movePlayed(1, WHITE, "g5f7", "Nf7#", "6rk/5Npp/8/8/8/8/8/6K1 b - - 1 1"),
                        gameEnded(WHITE_WINS, CHECKMATE));

        book.scenario("a mate on the 150th halfmove is a mate, not a seventy-five-move draw")
                .given(startedFrom("6k1/5ppp/8/8/8/8/8/R5K1 w - - 149 100"))
                .when(ALICE.moves("Ra8#"))
                .then(movePlayed(1, WHITE, "a1a8", "Ra8#", "R5k1/5ppp/8/8/8/8/8/6K1 b - - 150 100"),
                        gameEnded(WHITE_WINS, CHECKMATE));

        book.scenario("a mate lets the loser's pending draw offer lapse before the game ends")
                .given(started().after("f3 e5 g4").drawOfferedBy(ALICE))
                .when(BOB.moves("Qh4#"))
                .then(movePlayed(4, BLACK, "d8h4", "Qh4#", AFTER_FOOLS_MATE),
                        drawOfferLapsed(WHITE),
                        gameEnded(BLACK_WINS, CHECKMATE));

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }

    private static GivenGame startedFrom(String fen) {
        return aGame().createdBy(ALICE, WHITE, fen).joinedBy(BOB);
    }
}
