package dev.eschess.axon.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.game.scenario.Scenario;
import dev.eschess.game.scenario.ScenarioCatalogue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.Test;

/** Every event type round-trips through the event serializer under its stable name and schema version. */
class GameEventSerializerTest {

    private final GameEventSerializer serializer = GameEventSerializer.using(AxonObjectMappers.create());

    @Test
    void oneEventOfEveryTypeRoundTripsUnderItsStableNameAndVersion() {
        Map<GameEventType, GameEvent> oneOfEach = ScenarioCatalogue.all().stream()
                .flatMap(scenario -> events(scenario).stream())
                .collect(Collectors.toMap(GameEventType::of, Function.identity(), (first, other) -> first));

        assertThat(oneOfEach).containsOnlyKeys(GameEventType.values());
        oneOfEach.forEach((type, event) -> {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

            assertThat(stored.getType().getName()).isEqualTo(type.typeName());
            assertThat(stored.getType().getRevision()).isEqualTo(String.valueOf(type.schemaVersion()));
            assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
        });
    }

    @Test
    void everythingElseKeepsAxonsClassNameTypes() {
        SerializedObject<byte[]> stored = serializer.serialize(MetaData.with("commandId", "c-1"), byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(MetaData.class.getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(MetaData.with("commandId", "c-1"));
    }

    private static List<GameEvent> events(Scenario scenario) {
        return java.util.stream.Stream.concat(scenario.given().stream(),
                scenario.expectedEvents().orElse(List.of()).stream()).toList();
    }
}
