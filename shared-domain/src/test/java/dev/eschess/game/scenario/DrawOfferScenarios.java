package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.DRAW_ALREADY_OFFERED;
import static dev.eschess.game.RejectionReason.DRAW_OFFER_NEEDS_A_MOVE;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.RejectionReason.NO_DRAW_OFFER;
import static dev.eschess.game.RejectionReason.OWN_DRAW_OFFER;
import static dev.eschess.game.event.EndReason.DRAW_AGREEMENT;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.drawOfferDeclined;
import static dev.eschess.game.scenario.ExpectedEvent.drawOfferLapsed;
import static dev.eschess.game.scenario.ExpectedEvent.drawOffered;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;

import java.util.List;

/**
 * Offering a draw: one offer at a time, answered by the opponent, lapsing when the opponent moves instead, and at
 * most one offer per player between two of their own moves.
 */
final class DrawOfferScenarios {

    private DrawOfferScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.DRAW_OFFERS);

        book.scenario("white offers a draw")
                .given(started())
                .when(ALICE.offersDraw())
                .then(drawOffered(WHITE));

        book.scenario("a player may offer a draw while it is the opponent's turn")
                .given(started())
                .when(BOB.offersDraw())
                .then(drawOffered(BLACK));

        book.scenario("the opponent accepts the offer and the game is drawn")
                .given(started().after("e4").drawOfferedBy(ALICE))
                .when(BOB.acceptsDraw())
                .then(gameEnded(DRAW, DRAW_AGREEMENT));

        book.scenario("the opponent declines the offer and play goes on")
                .given(started().after("e4").drawOfferedBy(ALICE))
                .when(BOB.declinesDraw())
                .then(drawOfferDeclined(BLACK));

        book.scenario("the offer lapses when the opponent moves instead of answering")
                .given(started().after("e4").drawOfferedBy(ALICE))
                .when(BOB.moves("e5"))
                .then(movePlayed(2, BLACK, "e7e5", "e5", "rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2"),
                        drawOfferLapsed(WHITE));

        book.scenario("the offer stands when the offering player moves")
                .given(started().drawOfferedBy(ALICE))
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"));

        book.scenario("an offer made before the offerer's move can be accepted after it")
                .given(started().drawOfferedBy(ALICE).after("e4"))
                .when(BOB.acceptsDraw())
                .then(gameEnded(DRAW, DRAW_AGREEMENT));

        book.scenario("a lapsed offer can no longer be accepted")
                .given(started().after("e4").drawOfferedBy(ALICE).after("e5"))
                .when(BOB.acceptsDraw())
                .thenRejected(NO_DRAW_OFFER);

        book.scenario("a declined offer may be made again after the offerer's next move")
                .given(started().drawOfferedBy(ALICE).drawDeclinedBy(BOB).after("e4"))
                .when(ALICE.offersDraw())
                .then(drawOffered(WHITE));

        book.scenario("a declined offer may not be made again before the offerer has moved")
                .given(started().drawOfferedBy(ALICE).drawDeclinedBy(BOB))
                .when(ALICE.offersDraw())
                .thenRejected(DRAW_OFFER_NEEDS_A_MOVE);

        book.scenario("a lapsed offer may not be made again before the offerer has moved")
                .given(started().after("e4").drawOfferedBy(ALICE).after("e5"))
                .when(ALICE.offersDraw())
                .thenRejected(DRAW_OFFER_NEEDS_A_MOVE);

        book.scenario("a lapsed offer may be made again after the offerer's next move")
                .given(started().after("e4").drawOfferedBy(ALICE).after("e5 Nf3"))
                .when(ALICE.offersDraw())
                .then(drawOffered(WHITE));

        book.scenario("one player's declined offer does not stop the other from offering")
                .given(started().drawOfferedBy(ALICE).drawDeclinedBy(BOB))
                .when(BOB.offersDraw())
                .then(drawOffered(BLACK));

        book.scenario("offering twice is refused while the first offer is pending")
                .given(started().drawOfferedBy(ALICE))
                .when(ALICE.offersDraw())
                .thenRejected(DRAW_ALREADY_OFFERED);

        book.scenario("a counter-offer is refused while the opponent's offer is pending")
                .given(started().drawOfferedBy(ALICE))
                .when(BOB.offersDraw())
                .thenRejected(DRAW_ALREADY_OFFERED);

        book.scenario("a player cannot accept their own offer")
                .given(started().drawOfferedBy(ALICE))
                .when(ALICE.acceptsDraw())
                .thenRejected(OWN_DRAW_OFFER);

        book.scenario("a player cannot decline their own offer")
                .given(started().drawOfferedBy(ALICE))
                .when(ALICE.declinesDraw())
                .thenRejected(OWN_DRAW_OFFER);

        book.scenario("accepting is refused when no offer is pending")
                .given(started())
                .when(BOB.acceptsDraw())
                .thenRejected(NO_DRAW_OFFER);

        book.scenario("declining is refused when no offer is pending")
                .given(started().drawOfferedBy(ALICE).drawDeclinedBy(BOB))
                .when(BOB.declinesDraw())
                .thenRejected(NO_DRAW_OFFER);

        book.scenario("a draw cannot be offered before the game has started")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(ALICE.offersDraw())
                .thenRejected(GAME_NOT_STARTED);

        book.scenario("a draw cannot be offered after the game has ended")
                .given(started().resignedBy(BOB))
                .when(ALICE.offersDraw())
                .thenRejected(GAME_FINISHED);

        book.scenario("a pending offer cannot be accepted once the game has ended by resignation")
                .given(started().drawOfferedBy(ALICE).resignedBy(ALICE))
                .when(BOB.acceptsDraw())
                .thenRejected(GAME_FINISHED);

        book.scenario("a spectator cannot offer a draw")
                .given(started())
                .when(CAROL.offersDraw())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("a spectator cannot accept a pending offer")
                .given(started().drawOfferedBy(ALICE))
                .when(CAROL.acceptsDraw())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("a spectator cannot decline a pending offer")
                .given(started().drawOfferedBy(ALICE))
                .when(CAROL.declinesDraw())
                .thenRejected(NOT_A_PLAYER);

        book.scenario("a draw cannot be offered in a game that does not exist")
                .givenNoGame()
                .when(ALICE.offersDraw())
                .thenRejected(GAME_NOT_FOUND);

        book.scenario("a draw cannot be accepted in a game that does not exist")
                .givenNoGame()
                .when(BOB.acceptsDraw())
                .thenRejected(GAME_NOT_FOUND);

        book.scenario("a draw cannot be declined in a game that does not exist")
                .givenNoGame()
                .when(BOB.declinesDraw())
                .thenRejected(GAME_NOT_FOUND);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
