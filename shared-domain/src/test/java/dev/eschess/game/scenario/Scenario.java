package dev.eschess.game.scenario;

import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One given-when-then specification of the game, as data: after the given events, the command must produce
 * exactly the expected events, or be rejected for the expected reason. Every event-sourcing variant runs the
 * whole catalogue through its own storage and command handling.
 *
 * @param feature the feature it belongs to
 * @param name    a sentence saying what it shows, unique within the catalogue
 * @param given   the events already stored for the game (possibly none)
 * @param when    the command
 * @param then    what must happen
 */
public record Scenario(ScenarioFeature feature, String name, List<GameEvent> given, GameCommand when,
                       Expectation then) {

    public Scenario {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(name, "name");
        given = List.copyOf(given);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
    }

    /** The expected events, when the scenario expects success. */
    public Optional<List<GameEvent>> expectedEvents() {
        return then instanceof Expectation.ExpectedEvents expected ? Optional.of(expected.events()) : Optional.empty();
    }

    /** The expected rejection reason, when the scenario expects a rejection. */
    public Optional<RejectionReason> expectedRejection() {
        return then instanceof Expectation.ExpectedRejection expected
                ? Optional.of(expected.reason())
                : Optional.empty();
    }

    /** What went wrong if the command produced these events, or empty if that is what the scenario expects. */
    public Optional<String> mismatchForEvents(List<? extends GameEvent> actual) {
        return switch (then) {
            case Expectation.ExpectedEvents expected -> expected.events().equals(actual)
                    ? Optional.empty()
                    : Optional.of("expected events " + expected.events() + " but got " + actual);
            case Expectation.ExpectedRejection expected ->
                    Optional.of("expected rejection " + expected.reason().wireCode() + " but got events " + actual);
        };
    }

    /** What went wrong if the command was rejected for this reason, or empty if that is what is expected. */
    public Optional<String> mismatchForRejection(RejectionReason actual) {
        return switch (then) {
            case Expectation.ExpectedEvents expected ->
                    Optional.of("expected events " + expected.events() + " but got rejection " + actual.wireCode());
            case Expectation.ExpectedRejection expected -> expected.reason() == actual
                    ? Optional.empty()
                    : Optional.of("expected rejection " + expected.reason().wireCode() + " but got " + actual.wireCode());
        };
    }

    /** "Feature / name", for test display names. */
    public String displayName() {
        return feature.title() + " / " + name;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
