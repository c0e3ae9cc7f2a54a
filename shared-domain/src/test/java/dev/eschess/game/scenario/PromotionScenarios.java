package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.ILLEGAL_MOVE;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** Promotion to a queen and under-promotion, in the notations players use. */
final class PromotionScenarios {

    /** White pawn on e7 about to promote; black king g7 and a black pawn on a2 keep material sufficient. */
    private static final String PAWN_ON_E7 = "8/4P1k1/8/8/8/8/p7/4K3 w - - 0 1";
    private static final String AFTER_QUEEN_ON_E8 = "4Q3/6k1/8/8/8/8/p7/4K3 b - - 0 1";

    private PromotionScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.PROMOTION);

        book.scenario("a pawn promotes to a queen")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e8=Q"))
                .then(movePlayed(1, WHITE, "e7e8q", "e8=Q", AFTER_QUEEN_ON_E8));

        book.scenario("a promotion may be written without the equals sign")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e8Q"))
                .then(movePlayed(1, WHITE, "e7e8q", "e8=Q", AFTER_QUEEN_ON_E8));

        book.scenario("a promotion may be written in UCI")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e7e8q"))
                .then(movePlayed(1, WHITE, "e7e8q", "e8=Q", AFTER_QUEEN_ON_E8));

        book.scenario("under-promotion to a knight, which gives check")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e8=N"))
                .then(movePlayed(1, WHITE, "e7e8n", "e8=N+", "4N3/6k1/8/8/8/8/p7/4K3 b - - 0 1"));

        book.scenario("under-promotion to a rook")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e8=R"))
                .then(movePlayed(1, WHITE, "e7e8r", "e8=R", "4R3/6k1/8/8/8/8/p7/4K3 b - - 0 1"));

        book.scenario("under-promotion to a bishop written in UCI")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e7e8b"))
                .then(movePlayed(1, WHITE, "e7e8b", "e8=B", "4B3/6k1/8/8/8/8/p7/4K3 b - - 0 1"));

        book.scenario("a pawn promotes while capturing")
                .given(startedFrom("3r4/4P1k1/8/8/8/8/p7/4K3 w - - 0 1"))
                .when(ALICE.moves("exd8=Q"))
                .then(movePlayed(1, WHITE, "e7d8q", "exd8=Q", "3Q4/6k1/8/8/8/8/p7/4K3 b - - 0 1"));

        book.scenario("black promotes on the first rank")
                .given(startedFrom(PAWN_ON_E7).after("Kd2"))
                .when(BOB.moves("a1=Q"))
                .then(movePlayed(2, BLACK, "a2a1q", "a1=Q", "8/4P1k1/8/8/8/8/3K4/q7 w - - 0 2"));

        book.scenario("a pawn reaching the last rank without a promotion piece is illegal")
                .given(startedFrom(PAWN_ON_E7))
                .when(ALICE.moves("e7e8"))
                .thenRejected(ILLEGAL_MOVE);

        return book.scenarios();
    }

    private static GivenGame startedFrom(String fen) {
        return aGame().createdBy(ALICE, WHITE, fen).joinedBy(BOB);
    }
}
