package dev.eschess.handrolled.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.game.scenario.ScenarioCatalogue;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.serialization.CorruptEventException;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.serialization.EventTypeRegistry;
import dev.eschess.handrolled.core.serialization.UpcasterChain;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GameSerializationTest {

    private final EventSerializer<GameEvent> serializer = GameSerialization.events();

    private static List<GameEvent> everyCatalogueEvent() {
        return ScenarioCatalogue.all().stream()
                .flatMap(scenario -> Stream.concat(scenario.given().stream(),
                        scenario.expectedEvents().orElse(List.of()).stream()))
                .toList();
    }

    @Test
    void everyEventOfTheCatalogueRoundTripsUnderItsStableTypeName() {
        List<GameEvent> events = everyCatalogueEvent();

        for (GameEvent event : events) {
            NewEvent stored = serializer.serialize(event, EventMetadata.NONE);
            assertThat(stored.type()).isEqualTo(GameEventType.of(event).typeName());
            assertThat(stored.schemaVersion()).isEqualTo(GameEventType.of(event).schemaVersion());
            assertThat(serializer.deserialize(stored.type(), stored.schemaVersion(), stored.payload())).isEqualTo(event);
        }
        Set<Class<?>> covered = events.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).hasSize(GameEventType.values().length);
    }

    @Test
    void typeNamesAreNeverJavaClassNames() {
        assertThat(GameSerialization.events().registry().types()).allSatisfy(type -> {
            assertThat(type.name()).doesNotContain(".").isNotEqualTo(type.javaType().getName());
        });
    }

    @Test
    void instantsAreWrittenAsIsoStrings() {
        GameEvent created = ScenarioCatalogue.all().getFirst().expectedEvents().orElseThrow().getFirst();

        String payload = serializer.serialize(created, EventMetadata.NONE).payload();

        assertThat(payload).contains("\"occurredAt\":\"" + created.occurredAt() + "\"");
    }

    @Test
    void anOldPayloadClaimingTheCurrentVersionFailsInsteadOfLosingFields() {
        String v1Shape = """
                {"gameId":"g","playerId":"p","playerName":"A","color":"w","fen":null,"occurredAt":"2026-03-14T09:26:53Z"}""";

        assertThatThrownBy(() -> serializer.deserialize("GameCreated", 2, v1Shape))
                .isInstanceOf(CorruptEventException.class);
    }

    @Test
    void anUnknownTypeNameIsACorruptEvent() {
        assertThatThrownBy(() -> serializer.deserialize("GameRenamed", 1, "{}"))
                .isInstanceOf(CorruptEventException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void aMissingUpcasterStepFailsLoudly() {
        UpcasterChain chain = UpcasterChain.none();

        assertThatThrownBy(() -> chain.upcast("MovePlayed", 1, 2, JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(CorruptEventException.class).hasMessageContaining("no upcaster for MovePlayed");
    }

    @Test
    void aTypeNameCannotBeRegisteredTwice() {
        EventTypeRegistry.Builder<Object> builder = EventTypeRegistry.builder(Object.class)
                .register("Thing", 1, String.class);

        assertThatThrownBy(() -> builder.register("Thing", 1, Integer.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
