package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.DRAW_CLAIM_NOT_AVAILABLE;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.RejectionReason.NOT_YOUR_TURN;
import static dev.eschess.game.event.EndReason.FIFTY_MOVE_RULE;
import static dev.eschess.game.event.EndReason.SEVENTY_FIVE_MOVE_RULE;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;

import java.util.List;

/**
 * Counting moves without a capture or a pawn move: 75 moves each end the game by themselves, 50 moves each let
 * the player to move claim a draw. The start FEN sets the halfmove clock high to get there quickly.
 */
final class MoveCountScenarios {

    private static final String HALFMOVE_149 = "4k3/8/8/8/8/8/4P3/R3K3 w - - 149 120";
    private static final String HALFMOVE_100 = "4k3/8/8/8/8/8/4P3/R3K3 w - - 100 80";
    private static final String HALFMOVE_99 = "4k3/8/8/8/8/8/4P3/R3K3 w - - 99 80";

    private MoveCountScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.MOVE_COUNT_RULES);

        book.scenario("the 150th halfmove without capture or pawn move ends the game as a draw")
                .given(startedFrom(HALFMOVE_149))
                .when(ALICE.moves("Ra2"))
                .then(movePlayed(1, WHITE, "a1a2", "Ra2", "4k3/8/8/8/8/8/R3P3/4K3 b - - 150 120"),
                        gameEnded(DRAW, SEVENTY_FIVE_MOVE_RULE));

        book.scenario("a pawn move on the 150th halfmove resets the count and play goes on")
                .given(startedFrom(HALFMOVE_149))
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4", "4k3/8/8/8/4P3/8/8/R3K3 b - - 0 120"));

        book.scenario("the player to move claims a draw by the fifty-move rule")
                .given(startedFrom(HALFMOVE_100))
                .when(ALICE.claimsDraw())
                .then(gameEnded(DRAW, FIFTY_MOVE_RULE));

        book.scenario("a fifty-move claim after 99 halfmoves is refused")
                .given(startedFrom(HALFMOVE_99))
                .when(ALICE.claimsDraw())
                .thenRejected(DRAW_CLAIM_NOT_AVAILABLE);

        book.scenario("the fifty-move claim becomes available to the opponent after the 100th halfmove")
                .given(startedFrom(HALFMOVE_99).after("Ra2"))
                .when(BOB.claimsDraw())
                .then(gameEnded(DRAW, FIFTY_MOVE_RULE));

        book.scenario("the player not to move cannot claim the fifty-move rule")
                .given(startedFrom(HALFMOVE_100))
                .when(BOB.claimsDraw())
                .thenRejected(NOT_YOUR_TURN);

        book.scenario("a draw cannot be claimed before the game has started")
                .given(aGame().createdBy(ALICE, WHITE, HALFMOVE_100))
                .when(ALICE.claimsDraw())
                .thenRejected(GAME_NOT_STARTED);

        book.scenario("a draw cannot be claimed after the game has ended")
                .given(startedFrom(HALFMOVE_100).resignedBy(BOB))
                .when(ALICE.claimsDraw())
                .thenRejected(GAME_FINISHED);

        book.scenario("a spectator cannot claim a draw")
                .given(startedFrom(HALFMOVE_100))
                .when(CAROL.claimsDraw())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("a draw cannot be claimed in a game that does not exist")
                .givenNoGame()
                .when(ALICE.claimsDraw())
                .thenRejected(GAME_NOT_FOUND);

        return book.scenarios();
    }

    private static GivenGame startedFrom(String fen) {
        return aGame().createdBy(ALICE, WHITE, fen).joinedBy(BOB);
    }
}
