package dev.eschess.game;

import static dev.eschess.chess.Color.BLACK;
import static dev.eschess.chess.Color.WHITE;
import static dev.eschess.game.scenario.GivenGame.aGame;
import static dev.eschess.game.scenario.ScenarioPlayer.ALICE;
import static dev.eschess.game.scenario.ScenarioPlayer.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.scenario.ScenarioCatalogue;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A state turned into a snapshot and back is the same state. */
class GameSnapshotTest {

    private final GameDecider decider = new GameDecider();

    @TestFactory
    Stream<DynamicTest> theStateAfterEveryScenarioSurvivesASnapshotRoundTrip() {
        return ScenarioCatalogue.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.displayName(), () -> {
            List<GameEvent> history = new ArrayList<>(scenario.given());
            scenario.expectedEvents().ifPresent(history::addAll);
            GameState state = decider.replay(history);

            assertThat(GameState.fromSnapshot(state.toSnapshot())).isEqualTo(state);
        }));
    }

    @Test
    void theInitialStateSurvivesASnapshotRoundTrip() {
        GameState initial = decider.initialState();

        assertThat(GameState.fromSnapshot(initial.toSnapshot())).isEqualTo(initial);
    }

    @Test
    void aSnapshotCarriesThePositionTheMovesAndThePendingOffer() {
        GameState state = aGame().createdBy(ALICE, BLACK).joinedBy(BOB).after("e4 e5 Nf3").drawOfferedBy(ALICE).state();

        GameSnapshot snapshot = state.toSnapshot();

        assertThat(snapshot.currentFen()).isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2");
        assertThat(snapshot.moves()).extracting(GameSnapshot.MoveSnapshot::san).containsExactly("e4", "e5", "Nf3");
        assertThat(snapshot.drawOffer()).isEqualTo(BLACK);
        assertThat(snapshot.seats()).extracting(GameSnapshot.SeatSnapshot::color).containsExactly(WHITE, BLACK);
        assertThat(snapshot.creatorColor()).isEqualTo(BLACK);
        assertThat(snapshot.offeredSinceOwnMove()).containsExactly(BLACK);
        assertThat(snapshot.eventCount()).isEqualTo(6);
    }

    @Test
    void aSnapshotCarriesTheClockExactlyAsFolded() {
        GameState state = aGame().createdWithClockBy(ALICE, WHITE, new TimeControl(300, 2)).joinedBy(BOB)
                .after("e4 e5").state();

        GameState restored = GameState.fromSnapshot(state.toSnapshot());

        assertThat(restored.clock()).isPresent().isEqualTo(state.clock());
        assertThat(restored).isEqualTo(state);
    }

    @Test
    void aSnapshotHoldsOnlyPlainValues() {
        Set<Class<?>> plain = Set.of(String.class, int.class, List.class, GameStatus.class,
                dev.eschess.chess.Color.class, dev.eschess.game.event.GameResult.class,
                dev.eschess.game.event.EndReason.class, GameSnapshot.ClockSnapshot.class, long.class);

        for (RecordComponent component : GameSnapshot.class.getRecordComponents()) {
            assertThat(plain).as(component.getName()).contains(component.getType());
            assertThat(component.getType()).isNotEqualTo(Optional.class);
        }
        for (RecordComponent component : GameSnapshot.ClockSnapshot.class.getRecordComponents()) {
            assertThat(plain).as(component.getName()).contains(component.getType());
            assertThat(component.getType()).isNotEqualTo(Optional.class);
        }
    }
}
