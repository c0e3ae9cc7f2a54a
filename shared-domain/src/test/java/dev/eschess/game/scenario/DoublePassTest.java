package dev.eschess.game.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Folding the given plus the resulting events from scratch gives the same state as evolving the resulting
 * events one by one onto the state the decision was made in: evolve depends on nothing but the events.
 */
class DoublePassTest {

    private final GameDecider decider = new GameDecider();

    @TestFactory
    Stream<DynamicTest> replayingFromScratchEqualsEvolvingIncrementally() {
        return ScenarioCatalogue.all().stream()
                .filter(scenario -> scenario.expectedEvents().isPresent())
                .map(scenario -> DynamicTest.dynamicTest(scenario.displayName(), () -> {
                    GameState before = decider.replay(scenario.given());
                    List<GameEvent> produced = decider.decide(scenario.when(), before);
                    GameState incremental = before;
                    for (GameEvent event : produced) {
                        incremental = decider.evolve(incremental, event);
                    }
                    List<GameEvent> all = new ArrayList<>(scenario.given());
                    all.addAll(produced);

                    GameState fromScratch = decider.replay(all);

                    assertThat(fromScratch).isEqualTo(incremental);
                    assertThat(fromScratch).isNotEqualTo(before);
                }));
    }
}
