package dev.eschess.game.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the catalogue's coverage: adding a command, event, reason or feature without a scenario fails here. */
class ScenarioCoverageTest {

    private final List<Scenario> catalogue = ScenarioCatalogue.all();

    @Test
    void everyCommandTypeIsTheCommandOfSomeScenario() {
        Set<Class<?>> used = catalogue.stream().map(scenario -> scenario.when().getClass()).collect(Collectors.toSet());

        assertThat(used).containsAll(List.of(GameCommand.class.getPermittedSubclasses()));
    }

    @Test
    void everyEventTypeIsExpectedBySomeScenario() {
        Set<Class<?>> expected = expectedEvents().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(expected).containsAll(List.of(GameEvent.class.getPermittedSubclasses()));
    }

    @Test
    void everyRejectionReasonIsExpectedBySomeScenario() {
        Set<RejectionReason> expected = catalogue.stream()
                .flatMap(scenario -> scenario.expectedRejection().stream())
                .collect(Collectors.toSet());

        assertThat(expected).containsExactlyInAnyOrder(RejectionReason.values());
    }

    @Test
    void everyEndReasonIsExpectedBySomeScenario() {
        Set<EndReason> expected = expectedEvents().stream()
                .filter(GameEnded.class::isInstance)
                .map(event -> ((GameEnded) event).reason())
                .collect(Collectors.toSet());

        assertThat(expected).containsExactlyInAnyOrder(EndReason.values());
    }

    @Test
    void everyFeatureHasScenarios() {
        assertThat(ScenarioCatalogue.byFeature().keySet()).containsExactly(ScenarioFeature.values());
    }

    @Test
    void theCatalogueHoldsAtLeastEightyScenarios() {
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void scenarioNamesAreUnique() {
        List<String> names = catalogue.stream().map(Scenario::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyExpectedEventHappensAtTheCommandsRequestTime() {
        for (Scenario scenario : catalogue) {
            scenario.expectedEvents().ifPresent(events -> assertThat(events)
                    .as(scenario.name())
                    .allSatisfy(event -> assertThat(event.occurredAt()).isEqualTo(scenario.when().requestedAt())));
        }
    }

    @Test
    void everyGivenEventHappensBeforeTheCommand() {
        for (Scenario scenario : catalogue) {
            assertThat(scenario.given())
                    .as(scenario.name())
                    .allSatisfy(event -> assertThat(event.occurredAt()).isBefore(scenario.when().requestedAt()));
        }
    }

    @Test
    void aScenarioReportsAMismatchForOtherEventsAndForTheWrongRejection() {
        Scenario expectingEvents = catalogue.stream().filter(s -> s.expectedEvents().isPresent()).findFirst().orElseThrow();
        Scenario expectingRejection = catalogue.stream().filter(s -> s.expectedRejection().isPresent()).findFirst()
                .orElseThrow();
        RejectionReason other = Arrays.stream(RejectionReason.values())
                .filter(reason -> reason != expectingRejection.expectedRejection().orElseThrow())
                .findFirst().orElseThrow();

        assertThat(expectingEvents.mismatchForEvents(List.of())).isPresent();
        assertThat(expectingEvents.mismatchForRejection(other)).isPresent();
        assertThat(expectingRejection.mismatchForRejection(other)).isPresent();
        assertThat(expectingRejection.mismatchForEvents(expectingEvents.expectedEvents().orElseThrow())).isPresent();
    }

    private List<GameEvent> expectedEvents() {
        return catalogue.stream()
                .flatMap(scenario -> scenario.expectedEvents().stream())
                .flatMap(Collection::stream)
                .toList();
    }
}
