package dev.eschess.game.scenario;

import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the scenarios of one feature with a small given-when-then grammar:
 * {@code book.scenario("...").given(aGame()...).when(ALICE.moves("e4")).then(events...)}.
 */
final class ScenarioBook {

    private final ScenarioFeature feature;
    private final List<Scenario> scenarios = new ArrayList<>();

    ScenarioBook(ScenarioFeature feature) {
        this.feature = Objects.requireNonNull(feature, "feature");
    }

    /** Starts a scenario with the given name. */
    Given scenario(String name) {
        return new Given(name);
    }

    /** The scenarios collected so far, in the order they were written. */
    List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /** The first step: what happened before. */
    final class Given {
        private final String name;

        private Given(String name) {
            this.name = name;
        }

        /** The game had this history. */
        When given(GivenGame game) {
            return new When(name, game.events());
        }

        /** No game exists yet. */
        When givenNoGame() {
            return new When(name, List.of());
        }
    }

    /** The second step: the command. */
    final class When {
        private final String name;
        private final List<GameEvent> given;

        private When(String name, List<GameEvent> given) {
            this.name = name;
            this.given = given;
        }

        /** This command is sent. */
        Then when(GameCommand command) {
            return new Then(name, given, command);
        }
    }

    /** The last step: what must happen; adds the scenario to the book. */
    final class Then {
        private final String name;
        private final List<GameEvent> given;
        private final GameCommand command;

        private Then(String name, List<GameEvent> given, GameCommand command) {
            this.name = name;
            this.given = given;
            this.command = command;
        }

        /** Exactly these events are recorded. */
        void then(GameEvent... events) {
            scenarios.add(new Scenario(feature, name, given, command, new Expectation.ExpectedEvents(List.of(events))));
        }

        /** The command is rejected for this reason. */
        void thenRejected(RejectionReason reason) {
            scenarios.add(new Scenario(feature, name, given, command, new Expectation.ExpectedRejection(reason)));
        }
    }
}
