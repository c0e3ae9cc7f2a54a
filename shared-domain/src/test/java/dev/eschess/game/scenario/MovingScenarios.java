package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.AMBIGUOUS_MOVE;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.ILLEGAL_MOVE;
import static dev.eschess.game.RejectionReason.INVALID_NOTATION;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.RejectionReason.NOT_YOUR_TURN;
import static dev.eschess.game.scenario.ExpectedEvent.movePlayed;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static dev.eschess.game.scenario.ScenarioPlayer.CAROL;

import java.util.List;

/** Making moves: notation in and out, turn order, and moves that are refused. */
final class MovingScenarios {

    private MovingScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.MOVING);

        book.scenario("white opens with a move written in SAN")
                .given(started())
                .when(ALICE.moves("e4"))
                .then(movePlayed(1, WHITE, "e2e4", "e4", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"));

        book.scenario("a move written in UCI is recorded in SAN as well")
                .given(started())
                .when(ALICE.moves("g1f3"))
                .then(movePlayed(1, WHITE, "g1f3", "Nf3", "rnbqkbnr/pppppppp/8/8/8/5N2/PPPPPPPP/RNBQKB1R b KQkq - 1 1"));

        book.scenario("black answers and the move number goes up")
                .given(started().after("e4"))
                .when(BOB.moves("c5"))
                .then(movePlayed(2, BLACK, "c7c5", "c5", "rnbqkbnr/pp1ppppp/8/2p5/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2"));

        book.scenario("a capture is recorded with x and resets the halfmove clock")
                .given(started().after("e4 d5 Nf3 Nf6"))
                .when(ALICE.moves("exd5"))
                .then(movePlayed(5, WHITE, "e4d5", "exd5",
                        "rnbqkb1r/ppp1pppp/5n2/3P4/8/5N2/PPPP1PPP/RNBQKB1R b KQkq - 0 3"));

        book.scenario("a check is recorded with + even when the player leaves it out")
                .given(started().after("e4 e5 Bc4 Nc6"))
                .when(ALICE.moves("Bxf7"))
                .then(movePlayed(5, WHITE, "c4f7", "Bxf7+",
                        "r1bqkbnr/pppp1Bpp/2n5/4p3/4P3/8/PPPP1PPP/RNBQK1NR b KQkq - 0 3"));

        book.scenario("a superfluous check sign is tolerated and not recorded")
                .given(started().after("e4 e5"))
                .when(ALICE.moves("Nf3+"))
                .then(movePlayed(3, WHITE, "g1f3", "Nf3", "rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2"));

        book.scenario("SAN naming the knight's file resolves an ambiguity")
                .given(started().after("d4 d5 Nf3 Nf6"))
                .when(ALICE.moves("Nbd2"))
                .then(movePlayed(5, WHITE, "b1d2", "Nbd2",
                        "rnbqkb1r/ppp1pppp/5n2/3p4/3P4/5N2/PPPNPPPP/R1BQKB1R b KQkq - 3 3"));

        book.scenario("SAN that two knights could play is refused as ambiguous")
                .given(started().after("d4 d5 Nf3 Nf6"))
                .when(ALICE.moves("Nd2"))
                .thenRejected(AMBIGUOUS_MOVE);

        book.scenario("black may not move first")
                .given(started())
                .when(BOB.moves("e5"))
                .thenRejected(NOT_YOUR_TURN);

        book.scenario("white may not move twice in a row")
                .given(started().after("e4"))
                .when(ALICE.moves("d4"))
                .thenRejected(NOT_YOUR_TURN);

        book.scenario("a spectator cannot move")
                .given(started())
                .when(CAROL.moves("e4"))
                .thenRejected(NOT_A_PLAYER);

        book.scenario("nobody moves before the opponent has joined")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(ALICE.moves("e4"))
                .thenRejected(GAME_NOT_STARTED);

        book.scenario("nobody moves after the game has ended")
                .given(started().resignedBy(BOB))
                .when(ALICE.moves("e4"))
                .thenRejected(GAME_FINISHED);

        book.scenario("a move in a game that does not exist is refused")
                .givenNoGame()
                .when(ALICE.moves("e4"))
                .thenRejected(GAME_NOT_FOUND);

        book.scenario("text that is no chess notation is refused as invalid notation")
                .given(started())
                .when(ALICE.moves("hello"))
                .thenRejected(INVALID_NOTATION);

        book.scenario("a pawn cannot advance three squares")
                .given(started())
                .when(ALICE.moves("e5"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("a UCI move that no piece can make is illegal")
                .given(started())
                .when(ALICE.moves("e2e5"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("a pinned knight cannot move")
                .given(started().after("d4 e6 c4 Bb4+ Nc3 Nf6"))
                .when(ALICE.moves("Nd5"))
                .thenRejected(ILLEGAL_MOVE);

        book.scenario("a move that leaves the king in check is illegal")
                .given(started().after("e4 f5 Qh5+"))
                .when(BOB.moves("a6"))
                .thenRejected(ILLEGAL_MOVE);

        return book.scenarios();
    }

    private static GivenGame started() {
        return aGame().createdBy(ALICE, WHITE).joinedBy(BOB);
    }
}
