package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.DRAW_CLAIM_NOT_AVAILABLE;
import static dev.eschess.game.RejectionReason.NOT_YOUR_TURN;
import static dev.eschess.game.event.EndReason.FIVEFOLD_REPETITION;
import static dev.eschess.game.event.EndReason.THREEFOLD_REPETITION;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import java.util.List;

/**
 * Repetition by knight shuffles: the fifth occurrence ends the game by itself, the third lets the player to
 * move claim a draw.
 */
final class RepetitionScenarios {

    /** Both knights out and back: the start position occurs once more after each round. */
    private static final String SHUFFLE = "Nf3 Nf6 Ng1 Ng8 ";

    private RepetitionScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.REPETITION);

        book.scenario("the fifth occurrence of a position ends the game as a draw by itself")
                .given(started().after(SHUFFLE.repeat(3) + "Nf3 Nf6 Ng1"))
                .when(BOB.moves("Ng8"))
                .then(movePlayed(16, BLACK, "f6g8", "Ng8", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 16 9"),
                        gameEnded(DRAW, FIVEFOLD_REPETITION));

        book.scenario("a third occurrence does not end the game by itself")
                .given(started().after(SHUFFLE + "Nf3 Nf6 Ng1"))
                .when(BOB.moves("Ng8"))
                .then(movePlayed(8, BLACK, "f6g8", "Ng8", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 8 5"));

        book.scenario("white claims a draw on the third occurrence of the position")
                .given(started().after(SHUFFLE.repeat(2)))
                .when(ALICE.claimsDraw())
                .then(gameEnded(DRAW, THREEFOLD_REPETITION));

        book.scenario("black claims a draw on the third occurrence of the position")
                .given(started().after(SHUFFLE.repeat(2) + "Nf3"))
                .when(BOB.claimsDraw())
                .then(gameEnded(DRAW, THREEFOLD_REPETITION));

        book.scenario("a threefold claim after only two occurrences is refused")
                .given(started().after(SHUFFLE))
                .when(ALICE.claimsDraw())
                .thenRejected(DRAW_CLAIM_NOT_AVAILABLE);

        book.scenario("only the player to move may claim a threefold repetition")
                .given(started().after(SHUFFLE.repeat(2)))
                .when(BOB.claimsDraw())
                .thenRejected(NOT_YOUR_TURN);

        book.scenario("a claim is refused once the repeated position has been left")
                .given(started().after(SHUFFLE.repeat(2) + "Nc3"))
                .when(BOB.claimsDraw())
                .thenRejected(DRAW_CLAIM_NOT_AVAILABLE);

        book.scenario("positions with different castling rights are not repetitions")
                .given(started().after("e4 e5 Ke2 Ke7 Ke1 Ke8 Ke2 Ke7 Ke1 Ke8"))
                .when(ALICE.claimsDraw())
                .thenRejected(DRAW_CLAIM_NOT_AVAILABLE);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
