package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.GAME_TOO_LONG;
import static dev.eschess.game.event.EndReason.RESIGNATION;
import static dev.eschess.game.event.GameResult.BLACK_WINS;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import dev.eschess.game.GameDecider;
import java.util.List;

/**
 * The limit of {@value GameDecider#MAX_EVENTS_PER_GAME} events per game, shown on a game that grew by offering and
 * declining draws over and over, as games could before one offer per own move became the rule: close to the limit
 * only a resignation is accepted.
 */
final class EventLimitScenarios {

    /** Offer-and-decline pairs that bring a started game (two events) to 9,998 events: no room for a move. */
    private static final int PAIRS_AT_THE_LIMIT = (GameDecider.MAX_EVENTS_PER_GAME - 4) / 2;

    private EventLimitScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.EVENT_LIMIT);

        book.scenario("a game close to the event limit refuses a move")
                .given(atTheLimit())
                .when(ALICE.moves("e4"))
                .thenRejected(GAME_TOO_LONG);

        book.scenario("a game close to the event limit refuses a draw offer")
                .given(atTheLimit())
                .when(BOB.offersDraw())
                .thenRejected(GAME_TOO_LONG);

        book.scenario("a game close to the event limit still accepts a resignation")
                .given(atTheLimit())
                .when(ALICE.resigns())
                .then(gameEnded(BLACK_WINS, RESIGNATION));

        book.scenario("a game a few events below the limit still accepts a move")
                .given(started().drawOfferedAndDeclinedRepeatedly(ALICE, BOB, PAIRS_AT_THE_LIMIT - 1))
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"));

        return book.scenarios();
    }

    private static GivenGame atTheLimit() {
        return started().drawOfferedAndDeclinedRepeatedly(ALICE, BOB, PAIRS_AT_THE_LIMIT);
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
