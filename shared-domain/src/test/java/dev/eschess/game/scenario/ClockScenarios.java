package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.INVALID_TIME_CONTROL;
import static dev.eschess.game.RejectionReason.NO_CLOCK;
import static dev.eschess.game.RejectionReason.TIME_REMAINS;
import static dev.eschess.game.event.EndReason.TIMEOUT;
import static dev.eschess.game.event.EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL;
import static dev.eschess.game.event.GameResult.BLACK_WINS;
import static dev.eschess.game.event.GameResult.DRAW;
import static dev.eschess.game.scenario.ExpectedEvent.gameCreatedWithClock;
import static dev.eschess.game.scenario.ExpectedEvent.gameEnded;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.GivenGame.aGameStartingMinutesBeforeTheCommand;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioServer.flagFalls;

import dev.eschess.game.clock.TimeControl;
import java.util.List;

/**
 * Games with a time control: the clock starts with the first move, each move adds the increment, a move after the
 * time ran out ends the game instead, and the server's flag-fall deadline ends it by itself. In the given histories
 * below the commands come one minute apart, and the game's fourth event, Black's first move, comes seven minutes
 * before the scenario's command: from then on White's time runs.
 */
final class ClockScenarios {

    private static final TimeControl FIVE_MINUTES = new TimeControl(300, 0);
    private static final TimeControl TEN_MINUTES = new TimeControl(600, 0);
    private static final String KING_AND_PAWN_AGAINST_KING = "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1";
    private static final String KING_AND_PAWN_AGAINST_KING_AND_KNIGHT = "4k3/8/8/8/8/8/4P3/1n2K3 w - - 0 1";

    private ClockScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.CLOCKS);

        book.scenario("a game created with a time control records it")
                .givenNoGame()
                .when(ALICE.createsWithClock(WHITE, new TimeControl(300, 2)))
                .then(gameCreatedWithClock(ALICE, WHITE, new TimeControl(300, 2)));

        book.scenario("a time control without any time is refused")
                .givenNoGame()
                .when(ALICE.createsWithClock(WHITE, new TimeControl(0, 5)))
                .thenRejected(INVALID_TIME_CONTROL);

        book.scenario("a time control over three hours is refused")
                .givenNoGame()
                .when(ALICE.createsWithClock(WHITE, new TimeControl(10_801, 0)))
                .thenRejected(INVALID_TIME_CONTROL);

        book.scenario("an increment over three minutes is refused")
                .givenNoGame()
                .when(ALICE.createsWithClock(WHITE, new TimeControl(300, 181)))
                .thenRejected(INVALID_TIME_CONTROL);

        book.scenario("a move with time left is played")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, TEN_MINUTES)
                        .joinedBy(BOB).after("e4 e5"))
                .when(ALICE.moves("Nf3"))
                .then(movePlayed(3, WHITE, "g1f3", "Nf3",
                        "rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2"));

        book.scenario("a move after the mover's time ran out is not played: the game ends on time")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, FIVE_MINUTES)
                        .joinedBy(BOB).after("e4 e5"))
                .when(ALICE.moves("Nf3"))
                .then(gameEnded(BLACK_WINS, TIMEOUT));

        book.scenario("the increment earned by an earlier move keeps a player in time")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, new TimeControl(400, 30))
                        .joinedBy(BOB).after("e4 e5"))
                .when(ALICE.moves("Nf3"))
                .then(movePlayed(3, WHITE, "g1f3", "Nf3",
                        "rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2"));

        book.scenario("the clock starts with the first move: waiting for it costs no time")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, new TimeControl(60, 0))
                        .joinedBy(BOB))
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4",
                        "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"));

        book.scenario("the flag falls when the side to move has no time left: the opponent wins")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, FIVE_MINUTES)
                        .joinedBy(BOB).after("e4 e5"))
                .when(flagFalls())
                .then(gameEnded(BLACK_WINS, TIMEOUT));

        book.scenario("running out of time against a lone king is a draw")
                .given(aGame().createdWithClockBy(ALICE, WHITE, KING_AND_PAWN_AGAINST_KING, FIVE_MINUTES)
                        .joinedBy(BOB).after("e3 Kd7"))
                .when(flagFalls())
                .then(gameEnded(DRAW, TIMEOUT_VS_INSUFFICIENT_MATERIAL));

        book.scenario("running out of time against a knight that could mate with help of the own pawn loses")
                .given(aGame().createdWithClockBy(ALICE, WHITE, KING_AND_PAWN_AGAINST_KING_AND_KNIGHT, FIVE_MINUTES)
                        .joinedBy(BOB).after("e3 Kd7"))
                .when(flagFalls())
                .then(gameEnded(BLACK_WINS, TIMEOUT));

        book.scenario("a flag-fall deadline made stale by a move changes nothing")
                .given(aGameStartingMinutesBeforeTheCommand(10).createdWithClockBy(ALICE, WHITE, TEN_MINUTES)
                        .joinedBy(BOB).after("e4 e5"))
                .when(flagFalls())
                .thenRejected(TIME_REMAINS);

        book.scenario("no flag falls before the first move")
                .given(aGame().createdWithClockBy(ALICE, WHITE, FIVE_MINUTES).joinedBy(BOB))
                .when(flagFalls())
                .thenRejected(TIME_REMAINS);

        book.scenario("no flag falls in a game without clocks")
                .given(aGame().createdBy(ALICE, WHITE).joinedBy(BOB).after("e4 e5"))
                .when(flagFalls())
                .thenRejected(NO_CLOCK);

        book.scenario("no flag falls before an opponent joined")
                .given(aGame().createdWithClockBy(ALICE, WHITE, FIVE_MINUTES))
                .when(flagFalls())
                .thenRejected(GAME_NOT_STARTED);

        book.scenario("no flag falls in a game that is over")
                .given(aGame().createdWithClockBy(ALICE, WHITE, FIVE_MINUTES).joinedBy(BOB).after("e4").resignedBy(BOB))
                .when(flagFalls())
                .thenRejected(GAME_FINISHED);

        book.scenario("no flag falls for a game that does not exist")
                .givenNoGame()
                .when(flagFalls())
                .thenRejected(GAME_NOT_FOUND);

        return book.scenarios();
    }
}
