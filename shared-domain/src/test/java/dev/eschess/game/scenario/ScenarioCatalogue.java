package dev.eschess.game.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.stream.Stream;

/**
 * Every scenario of the game, grouped by feature: the specification both event-sourcing variants must pass
 * unchanged. Runners store each scenario's given events, send its command through their real command handling
 * and compare the appended events (with {@code equals}) or the rejection reason.
 */
public final class ScenarioCatalogue {

    private static final List<Scenario> ALL = Stream.of(
                    CreatingScenarios.all(),
                    JoiningScenarios.all(),
                    MovingScenarios.all(),
                    CastlingScenarios.all(),
                    EnPassantScenarios.all(),
                    PromotionScenarios.all(),
                    CustomStartScenarios.all(),
                    CheckmateScenarios.all(),
                    StalemateScenarios.all(),
                    InsufficientMaterialScenarios.all(),
                    RepetitionScenarios.all(),
                    MoveCountScenarios.all(),
                    DrawOfferScenarios.all(),
                    ResignationScenarios.all(),
                    AbortingScenarios.all(),
                    ClockScenarios.all(),
                    EventLimitScenarios.all())
            .flatMap(List::stream)
            .toList();

    private ScenarioCatalogue() {
    }

    /** All scenarios, feature by feature in {@link ScenarioFeature} order. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The scenarios grouped by feature, in {@link ScenarioFeature} order; features without scenarios are left out. */
    public static SequencedMap<ScenarioFeature, List<Scenario>> byFeature() {
        SequencedMap<ScenarioFeature, List<Scenario>> grouped = new LinkedHashMap<>();
        for (ScenarioFeature feature : ScenarioFeature.values()) {
            List<Scenario> ofFeature = ALL.stream().filter(scenario -> scenario.feature() == feature).toList();
            if (!ofFeature.isEmpty()) {
                grouped.put(feature, ofFeature);
            }
        }
        return Collections.unmodifiableSequencedMap(grouped);
    }
}
