package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static dev.eschess.tour.InMemoryGames.STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 5 of the tour (docs/tour/5-beyond.md): one global log of every game's events, a read model that follows it
 * from a checkpoint, and a game loaded as it was at an earlier version.
 */
class Chapter5BeyondTest {

    private static final String OTHER_GAME = "other-game";

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final HandrolledGameCommands games = InMemoryGames.commands(events);

    @BeforeEach
    void foolsMateAndThenAnotherGameIsCreated() {
        InMemoryGames.play(games, FoolsMate.commands());
        InMemoryGames.play(games, List.of(CreateGame.standard(OTHER_GAME, "carol", "Carol", Color.WHITE, at(60))));
    }

    @Test
    void givenTwoGames_whenTheGlobalLogIsRead_thenItHoldsEveryEventOnceAtGaplessPositions() {
        List<StoredEvent> log = events.readAll(1, 100);

        assertThat(log).extracting(StoredEvent::position).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 8).boxed().toList());
        assertThat(log).extracting(StoredEvent::streamId).containsOnly(STREAM, "game-" + OTHER_GAME);
        assertThat(events.headPosition()).isEqualTo(8);
    }

    // tag::tour-ch5-catch-up[]
    @Test
    void givenANewProjection_whenItsRunnerCatchesUp_thenItHasAppliedTheWholeLogAndItsCheckpointIsTheHead() {
        MovesPerGame projection = new MovesPerGame();
        SubscriptionRunner runner = new SubscriptionRunner(events, projection, 3, Duration.ofSeconds(1));

        long applied = runner.catchUp();

        assertThat(applied).isEqualTo(8);
        assertThat(projection.checkpoint()).isEqualTo(events.headPosition());
        assertThat(projection.movesIn(GAME)).isEqualTo(4);
    }

    @Test
    void givenACaughtUpProjection_whenAMoveIsPlayed_thenTheNextCatchUpAppliesOnlyTheNewEvents() {
        MovesPerGame projection = new MovesPerGame();
        SubscriptionRunner runner = new SubscriptionRunner(events, projection, 3, Duration.ofSeconds(1));
        runner.catchUp();
        InMemoryGames.play(games, List.of(new JoinGame(OTHER_GAME, "dave", "Dave", at(70)),
                new MakeMove(OTHER_GAME, "carol", "e4", at(80))));

        long applied = runner.catchUp();

        assertThat(applied).isEqualTo(2);
        assertThat(projection.checkpoint()).isEqualTo(10);
        assertThat(projection.movesIn(OTHER_GAME)).isEqualTo(1);
    }
    // end::tour-ch5-catch-up[]

    @Test
    void givenAProjection_whenTheSameBatchIsDeliveredTwice_thenTheSecondDeliveryChangesNothing() {
        MovesPerGame projection = new MovesPerGame();
        List<StoredEvent> batch = events.readAll(1, 100);

        projection.apply(batch);
        projection.apply(batch);

        assertThat(projection.movesIn(GAME)).isEqualTo(4);
    }

    // tag::tour-ch5-time-travel[]
    @Test
    void givenAFinishedGame_whenItIsLoadedAtVersion4_thenItIsTheGameAfterItsFirstTwoMoves() {
        GameState then = InMemoryGames.repository(events, new InMemorySnapshotStore()).loadAt(STREAM, 4).state();

        assertThat(then.status()).isEqualTo(GameStatus.ACTIVE);
        assertThat(then.sanMoves()).containsExactly("f3", "e5");
        assertThat(then.position().fen()).isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/8/5P2/PPPPP1PP/RNBQKBNR w KQkq - 0 2");
    }
    // end::tour-ch5-time-travel[]
}
