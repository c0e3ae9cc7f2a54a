package dev.eschess.axon.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.game.event.GameCreated;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The v2 -> v3 mapping against the checked-in fixtures, and the v3 form the current code writes. */
class GameCreatedV2UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"game-created.v2.json, game-created.v3.json",
            "game-created.v2.custom-start.json, game-created.v3.custom-start.json"})
    void givenTheStoredV2FixtureWhenUpcastThenItIsExactlyTheV3Fixture(String v2File, String v3File) throws IOException {
        JsonNode v2 = JSON.readTree(GameCreatedV1UpcasterTest.FIXTURES.resolve(v2File).toFile());
        JsonNode v3 = JSON.readTree(GameCreatedV1UpcasterTest.FIXTURES.resolve(v3File).toFile());

        assertThat(GameCreatedV2Upcaster.toV3(v2)).isEqualTo(v3);
    }

    @Test
    void givenAGameWithAClockWhenWrittenThenItIsTheV3ClockFixture() throws IOException {
        ObjectMapper axon = AxonObjectMappers.create();
        JsonNode fixture = axon.readTree(GameCreatedV1UpcasterTest.FIXTURES.resolve("game-created.v3.clock.json")
                .toFile());
        GameCreated event = axon.treeToValue(fixture, GameCreated.class);

        assertThat(event.timeControl()).hasValueSatisfying(control -> assertThat(control.incrementSeconds()).isEqualTo(2));
        JsonNode written = axon.valueToTree(event);
        assertThat(written).isEqualTo(fixture);
    }
}
