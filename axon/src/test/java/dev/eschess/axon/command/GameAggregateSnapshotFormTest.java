package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.serialization.AxonObjectMappers;
import dev.eschess.game.GameDecider;
import dev.eschess.game.scenario.ScenarioCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate's Jackson form: plain values in, the same aggregate out. */
class GameAggregateSnapshotFormTest {

    @Test
    void everyScenarioGameSurvivesTheSnapshotFormUnchanged() throws Exception {
        var mapper = AxonObjectMappers.create();
        int checked = 0;
        for (var scenario : ScenarioCatalogue.all()) {
            if (scenario.given().isEmpty()) {
                continue;
            }
            GameAggregate aggregate = folded(scenario.given());

            String json = mapper.writeValueAsString(aggregate);
            GameAggregate restored = mapper.readValue(json, GameAggregate.class);

            assertThat(restored.toSnapshot()).as(scenario.displayName()).isEqualTo(aggregate.toSnapshot());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void appliedCommandIdsAreKeptInTheSnapshotForm() throws Exception {
        var mapper = AxonObjectMappers.create();
        GameAggregate aggregate = GameAggregate.fromSnapshot(new GameAggregateSnapshot("game-1", 3,
                new GameDecider().initialState().toSnapshot(), java.util.Map.of("c-1", new AppliedCommand(2, 3))));

        GameAggregate restored = mapper.readValue(mapper.writeValueAsString(aggregate), GameAggregate.class);

        assertThat(restored.toSnapshot().appliedCommands()).containsEntry("c-1", new AppliedCommand(2, 3));
    }

    private static GameAggregate folded(List<dev.eschess.game.event.GameEvent> events) {
        GameAggregate aggregate = new GameAggregate();
        for (int i = 0; i < events.size(); i++) {
            aggregate.on(events.get(i), i, null);
        }
        return aggregate;
    }
}
