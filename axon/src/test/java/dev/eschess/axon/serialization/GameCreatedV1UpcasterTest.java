package dev.eschess.axon.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON mapping of the upcaster against the checked-in fixtures of both schema versions. */
class GameCreatedV1UpcasterTest {

    static final Path FIXTURES = Path.of("..", "fixtures", "events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"game-created.v1.json, game-created.v2.json",
            "game-created.v1.custom-start.json, game-created.v2.custom-start.json"})
    void theStoredV1FixtureBecomesExactlyTheV2Fixture(String v1File, String v2File) throws IOException {
        JsonNode v1 = JSON.readTree(FIXTURES.resolve(v1File).toFile());
        JsonNode v2 = JSON.readTree(FIXTURES.resolve(v2File).toFile());

        assertThat(GameCreatedV1Upcaster.toV2(v1)).isEqualTo(v2);
    }

    @Test
    void anAbsentFenMeansTheStandardStartToo() throws IOException {
        ObjectNode v1 = (ObjectNode) JSON.readTree(FIXTURES.resolve("game-created.v1.json").toFile());
        v1.remove("fen");

        assertThat(GameCreatedV1Upcaster.toV2(v1).get("startFen").asText())
                .isEqualTo(GameCreatedV1Upcaster.STANDARD_START);
    }

    @Test
    void anUnknownColourLetterIsACorruptEvent() throws IOException {
        ObjectNode v1 = (ObjectNode) JSON.readTree(FIXTURES.resolve("game-created.v1.json").toFile());
        v1.put("color", "white");

        assertThatThrownBy(() -> GameCreatedV1Upcaster.toV2(v1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("color white");
    }
}
