package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.ILLEGAL_MOVE;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** En passant captures, and when they are not allowed. */
final class EnPassantScenarios {

    private static final String AFTER_WHITE_TAKES_EN_PASSANT =
            "rnbqkbnr/1pp1pppp/p2P4/8/8/8/PPPP1PPP/RNBQKBNR b KQkq - 0 3";

    private EnPassantScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.EN_PASSANT);

        book.scenario("white captures en passant right after the double step")
                .given(started().after("e4 a6 e5 d5"))
                .when(ALICE.moves("exd6"))
                .then(movePlayed(5, WHITE, "e5d6", "exd6", AFTER_WHITE_TAKES_EN_PASSANT));

        book.scenario("an en passant capture may be written in UCI")
                .given(started().after("e4 a6 e5 d5"))
                .when(ALICE.moves("e5d6"))
                .then(movePlayed(5, WHITE, "e5d6", "exd6", AFTER_WHITE_TAKES_EN_PASSANT));

        book.scenario("black captures en passant")
                .given(started().after("d4 e5 a3 e4 f4"))
                .when(BOB.moves("exf3"))
                .then(movePlayed(6, BLACK, "e4f3", "exf3",
                        "rnbqkbnr/pppp1ppp/8/8/3P4/P4p2/1PP1P1PP/RNBQKBNR w KQkq - 0 4"));

        book.scenario("en passant is possible only immediately after the double step")
                .given(started().after("e4 a6 e5 d5 Nf3 h6"))
                .when(ALICE.moves("exd6"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("en passant is illegal when it would expose the own king along the rank")
                .given(aGame().createdBy(ALICE, WHITE, "4k3/8/8/KPp4r/8/8/8/8 w - c6 0 1").joinedBy(BOB))
                .when(ALICE.moves("bxc6"))
                .thenRejected(ILLEGAL_MOVE);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
