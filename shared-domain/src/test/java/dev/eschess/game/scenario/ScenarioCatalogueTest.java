package dev.eschess.game.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of the catalogue holds for the pure decider: fold the given events, decide, compare. */
class ScenarioCatalogueTest {

    private final GameDecider decider = new GameDecider();

    @TestFactory
    Stream<DynamicContainer> everyScenarioHoldsForThePureDecider() {
        return ScenarioCatalogue.byFeature().entrySet().stream()
                .map(group -> DynamicContainer.dynamicContainer(group.getKey().title(),
                        group.getValue().stream().map(scenario ->
                                DynamicTest.dynamicTest(scenario.name(), () -> check(scenario)))));
    }

    private void check(Scenario scenario) {
        GameState state = decider.replay(scenario.given());
        switch (scenario.then()) {
            case Expectation.ExpectedEvents expected -> {
                List<GameEvent> actual = decider.decide(scenario.when(), state);
                assertThat(actual).containsExactlyElementsOf(expected.events());
                assertThat(scenario.mismatchForEvents(actual)).isEmpty();
            }
            case Expectation.ExpectedRejection expected -> {
                GameRejection rejection = catchThrowableOfType(GameRejection.class,
                        () -> decider.decide(scenario.when(), state));
                assertThat(rejection).as("rejection of " + scenario.when()).isNotNull();
                assertThat(rejection.reason()).isEqualTo(expected.reason());
                assertThat(rejection.getMessage()).isNotBlank();
                assertThat(scenario.mismatchForRejection(rejection.reason())).isEmpty();
            }
        }
    }
}
