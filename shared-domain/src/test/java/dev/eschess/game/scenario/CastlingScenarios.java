package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.ILLEGAL_MOVE;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/** Castling on both sides, the notations for it, and the rights that are lost. */
final class CastlingScenarios {

    private static final String ITALIAN = "e4 e5 Nf3 Nc6 Bc4 Bc5";
    private static final String AFTER_WHITE_CASTLES_KINGSIDE =
            "r1bqk1nr/pppp1ppp/2n5/2b1p3/2B1P3/5N2/PPPP1PPP/RNBQ1RK1 b kq - 5 4";
    private static final String QUEENS_PAWN_DEVELOPED = "d4 d5 Nc3 Nc6 Bf4 Bf5 Qd2 Qd7";

    private CastlingScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.CASTLING);

        book.scenario("white castles kingside")
                .given(started().after(ITALIAN))
                .when(ALICE.moves("O-O"))
                .then(movePlayed(7, WHITE, "e1g1", "O-O", AFTER_WHITE_CASTLES_KINGSIDE));

        book.scenario("castling may be written with zeros")
                .given(started().after(ITALIAN))
                .when(ALICE.moves("0-0"))
                .then(movePlayed(7, WHITE, "e1g1", "O-O", AFTER_WHITE_CASTLES_KINGSIDE));

        book.scenario("castling may be written in UCI as the king's two-square move")
                .given(started().after(ITALIAN))
                .when(ALICE.moves("e1g1"))
                .then(movePlayed(7, WHITE, "e1g1", "O-O", AFTER_WHITE_CASTLES_KINGSIDE));

        book.scenario("black castles kingside")
                .given(started().after(ITALIAN + " O-O Nf6 d3"))
                .when(BOB.moves("O-O"))
                .then(movePlayed(10, BLACK, "e8g8", "O-O",
                        "r1bq1rk1/pppp1ppp/2n2n2/2b1p3/2B1P3/3P1N2/PPP2PPP/RNBQ1RK1 w - - 1 6"));

        book.scenario("white castles queenside")
                .given(started().after(QUEENS_PAWN_DEVELOPED))
                .when(ALICE.moves("O-O-O"))
                .then(movePlayed(9, WHITE, "e1c1", "O-O-O",
                        "r3kbnr/pppqpppp/2n5/3p1b2/3P1B2/2N5/PPPQPPPP/2KR1BNR b kq - 7 5"));

        book.scenario("black castles queenside")
                .given(started().after(QUEENS_PAWN_DEVELOPED + " O-O-O"))
                .when(BOB.moves("O-O-O"))
                .then(movePlayed(10, BLACK, "e8c8", "O-O-O",
                        "2kr1bnr/pppqpppp/2n5/3p1b2/3P1B2/2N5/PPPQPPPP/2KR1BNR w - - 8 6"));

        book.scenario("a king that has moved and come back has lost the right to castle")
                .given(started().after(ITALIAN + " Ke2 Ke7 Ke1 Ke8"))
                .when(ALICE.moves("O-O"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("a rook that has moved and come back has lost its castling right")
                .given(started().after(ITALIAN + " Rg1 Nf6 Rh1 Ng8"))
                .when(ALICE.moves("O-O"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("capturing a rook on its home square removes that castling right")
                .given(aGame().createdBy(ALICE, WHITE, "r3k2r/8/8/8/8/8/1B6/R3K2R w KQkq - 0 1").joinedBy(BOB))
                .when(ALICE.moves("Bxh8"))
                .then(movePlayed(1, WHITE, "b2h8", "Bxh8", "r3k2B/8/8/8/8/8/8/R3K2R b KQq - 0 1"));

        book.scenario("the king cannot castle out of check")
                .given(aGame().createdBy(ALICE, WHITE, "4k3/8/8/8/8/8/8/r3K2R w K - 0 1").joinedBy(BOB))
                .when(ALICE.moves("O-O"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("the king cannot castle through an attacked square")
                .given(aGame().createdBy(ALICE, WHITE, "4k3/8/8/8/2b5/8/8/4K2R w K - 0 1").joinedBy(BOB))
                .when(ALICE.moves("O-O"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("the king cannot castle into check")
                .given(aGame().createdBy(ALICE, WHITE, "4k1r1/8/8/8/8/8/8/4K2R w K - 0 1").joinedBy(BOB))
                .when(ALICE.moves("O-O"))
                .thenRejected(ILLEGAL_MOVE);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
