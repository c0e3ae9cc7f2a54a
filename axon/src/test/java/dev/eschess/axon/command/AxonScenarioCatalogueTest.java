package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.GameRejection;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.scenario.Expectation;
import dev.eschess.game.scenario.Scenario;
import dev.eschess.game.scenario.ScenarioCatalogue;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared scenario catalogue through Axon's own test fixture: given events, when a command, then exactly the
 * expected events or the typed rejection with its reason. The aggregate is wired exactly as in production: the
 * command target resolver and the missing-game translation.
 */
class AxonScenarioCatalogueTest {

    private static final AtomicInteger RAN = new AtomicInteger();

    static Stream<Scenario> scenarios() {
        return ScenarioCatalogue.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsInAxonsAggregateFixture(Scenario scenario) {
        // tag::cmp-tests[]
        AggregateTestFixture<GameAggregate> fixture = new AggregateTestFixture<>(GameAggregate.class);
        fixture.registerCommandTargetResolver(new GameCommandTargetResolver());
        fixture.registerCommandHandlerInterceptor(new MissingGameTranslation());
        fixture.registerInjectableResource(new WaitingTime(Duration.ofHours(1)));

        TestExecutor<GameAggregate> given = scenario.given().isEmpty()
                ? fixture.givenNoPriorActivity()
                : fixture.given(scenario.given());
        ResultValidator<GameAggregate> then = given.when(scenario.when());

        switch (scenario.then()) {
            case Expectation.ExpectedEvents expected ->
                    then.expectSuccessfulHandlerExecution().expectEvents(expected.events().toArray());
            case Expectation.ExpectedRejection expected ->
                    then.expectNoEvents().expectException(rejectedFor(expected.reason()));
        }
        // end::cmp-tests[]
        RAN.incrementAndGet();
    }

    @AfterAll
    static void everyScenarioOfTheCatalogueRan() {
        int catalogueSize = ScenarioCatalogue.all().size();
        System.out.println("Axon scenario runner: " + RAN.get() + " of " + catalogueSize
                + " catalogue scenarios passed through AggregateTestFixture");
        assertThat(RAN.get()).isEqualTo(catalogueSize);
    }

    private static Matcher<GameRejection> rejectedFor(RejectionReason reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(GameRejection rejection) {
                return rejection.reason() == reason;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a GameRejection for ").appendValue(reason.wireCode());
            }

            @Override
            protected void describeMismatchSafely(GameRejection rejection, Description description) {
                description.appendText("was rejected for ").appendValue(rejection.reason().wireCode())
                        .appendText(": ").appendText(rejection.getMessage());
            }
        };
    }
}
