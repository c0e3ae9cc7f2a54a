package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.BOB;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 1 of the tour (docs/tour/1-events.md): what happened in a chess game, told as events. */
class Chapter1EventsTest {

    private final List<GameEvent> events = FoolsMate.events();

    // tag::tour-ch1-whole-game[]
    @Test
    void givenFoolsMate_whenEveryCommandIsDecided_thenSevenEventsTellTheWholeGame() {
        assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "GameCreated", "PlayerJoined", "MovePlayed", "MovePlayed", "MovePlayed", "MovePlayed", "GameEnded");
    }
    // end::tour-ch1-whole-game[]

    @Test
    void givenACreatedGame_whenItIsRecorded_thenTheEventNamesTheCreatorTheColourAndTheStartPosition() {
        assertThat(events.getFirst()).isEqualTo(new GameCreated(GAME, ALICE, "Alice", Color.WHITE,
                "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", at(0)));
        assertThat(events.get(1)).isEqualTo(new PlayerJoined(GAME, BOB, "Bob", Color.BLACK, at(5)));
    }

    // tag::tour-ch1-move-played[]
    @Test
    void givenAMove_whenItIsRecorded_thenTheEventCarriesBothNotationsAndThePositionAfterIt() {
        assertThat(events.get(2)).isEqualTo(new MovePlayed(GAME, 1, Color.WHITE, "f2f3", "f3",
                "rnbqkbnr/pppppppp/8/8/8/5P2/PPPPP1PP/RNBQKBNR b KQkq - 0 1", at(10)));
    }
    // end::tour-ch1-move-played[]

    @Test
    void givenTheMatingMove_whenItIsRecorded_thenASecondEventSaysThatTheGameIsOverWhoWonAndWhy() {
        assertThat(events.get(5)).isInstanceOfSatisfying(MovePlayed.class,
                mate -> assertThat(mate.san()).isEqualTo("Qh4#"));
        assertThat(events.get(6)).isEqualTo(new GameEnded(GAME, GameResult.BLACK_WINS, EndReason.CHECKMATE, at(25)));
    }

    @Test
    void givenTheCommands_whenTheyAreDecided_thenEveryEventHappenedAtTheTimeItsCommandArrived() {
        assertThat(events).extracting(GameEvent::occurredAt)
                .containsExactly(at(0), at(5), at(10), at(15), at(20), at(25), at(25));
    }

    // tag::tour-ch1-refused[]
    @Test
    void givenAMoveOutOfTurn_whenItIsDecided_thenItIsRefusedAndNoEventIsRecorded() {
        GameDecider decider = new GameDecider();
        GameState afterWhitesFirstMove = decider.replay(FoolsMate.firstEvents(3));

        assertThatThrownBy(() -> decider.decide(new MakeMove(GAME, ALICE, "e4", at(12)), afterWhitesFirstMove))
                .isInstanceOfSatisfying(GameRejection.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
    }
    // end::tour-ch1-refused[]
}
