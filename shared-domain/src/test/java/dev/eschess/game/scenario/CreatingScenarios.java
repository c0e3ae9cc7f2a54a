package dev.eschess.game.scenario;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.RejectionReason.GAME_ALREADY_EXISTS;
import static dev.eschess.game.RejectionReason.INVALID_PLAYER_NAME;
import static dev.eschess.game.RejectionReason.INVALID_START_POSITION;
import static dev.eschess.game.RejectionReason.MALFORMED_START_POSITION;
import static dev.eschess.game.scenario.ExpectedEvent.STANDARD_START;
import static dev.eschess.game.scenario.ExpectedEvent.gameCreated;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;

import dev.eschess.game.event.GameCreated;
import java.util.List;

/** Creating a game: colours, start positions, names, and what is refused. */
final class CreatingScenarios {

    private CreatingScenarios() {
    }

    static List<Scenario> all() {
        ScenarioBook book = new ScenarioBook(ScenarioFeature.CREATING);

        book.scenario("the creator takes white and the game starts from the standard position")
                .givenNoGame()
                .when(ALICE.creates(WHITE))
                .then(gameCreated(ALICE, WHITE));

        book.scenario("the creator may take black")
                .givenNoGame()
                .when(ALICE.creates(BLACK))
                .then(gameCreated(ALICE, BLACK));

        book.scenario("a game may start from a custom position given as FEN")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1"))
                .then(gameCreated(ALICE, WHITE, "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1"));

        book.scenario("the start FEN is stored in canonical form, without an en passant square nobody can use")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1"))
                .then(gameCreated(ALICE, WHITE, "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"));

        book.scenario("a game id that already exists cannot be created again")
                .given(aGame().createdBy(ALICE, WHITE))
                .when(BOB.creates(BLACK))
                .thenRejected(GAME_ALREADY_EXISTS);

        book.scenario("a start FEN that cannot be read is refused as malformed")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "not a chess position"))
                .thenRejected(MALFORMED_START_POSITION);

        book.scenario("a start FEN with a rank of nine squares is refused as malformed")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR1 w KQkq - 0 1"))
                .thenRejected(MALFORMED_START_POSITION);

        book.scenario("a start position without a white king is refused as invalid")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "4k3/8/8/8/8/8/8/8 w - - 0 1"))
                .thenRejected(INVALID_START_POSITION);

        book.scenario("a start position where the side not to move is in check is refused as invalid")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "4k3/8/8/8/8/8/8/4RK2 w - - 0 1"))
                .thenRejected(INVALID_START_POSITION);

        book.scenario("a start position that is already checkmate is refused")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3"))
                .thenRejected(INVALID_START_POSITION);

        book.scenario("a start position that is already stalemate is refused")
                .givenNoGame()
                .when(ALICE.createsFrom(BLACK, "k7/8/1Q6/8/8/8/8/7K b - - 0 1"))
                .thenRejected(INVALID_START_POSITION);

        book.scenario("a start position with insufficient material is refused")
                .givenNoGame()
                .when(ALICE.createsFrom(WHITE, "4k3/8/8/8/8/8/8/4K3 w - - 0 1"))
                .thenRejected(INVALID_START_POSITION);

        book.scenario("a blank player name is refused")
                .givenNoGame()
                .when(ALICE.creates(WHITE, "   "))
                .thenRejected(INVALID_PLAYER_NAME);

        book.scenario("a player name longer than 40 characters is refused")
                .givenNoGame()
                .when(ALICE.creates(WHITE, "A".repeat(41)))
                .thenRejected(INVALID_PLAYER_NAME);

        book.scenario("a player name of exactly 40 characters is accepted")
                .givenNoGame()
                .when(ALICE.creates(WHITE, "A".repeat(40)))
                .then(new GameCreated(ScenarioTime.GAME_ID, ALICE.id(), "A".repeat(40), WHITE, STANDARD_START,
                        ScenarioTime.WHEN));

        book.scenario("a player name with a control character is refused")
                .givenNoGame()
                .when(ALICE.creates(WHITE, "Ali\nce"))
                .thenRejected(INVALID_PLAYER_NAME);

        book.scenario("a player name with a right-to-left override is refused")
                .givenNoGame()
                .when(ALICE.creates(WHITE, "Ali\u202Ece"))
                .thenRejected(INVALID_PLAYER_NAME);

        return book.scenarios();
    }
}
