package dev.eschess.systemtest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.ScriptedGame;
import dev.eschess.web.contract.ScriptedGame.Exchange;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, point 6: a client cannot tell the two engines apart except by asking {@code /api/info}. Both packaged
 * servers answer the same scripted requests (every kind of command, refusals, reads) with the same statuses and
 * bodies, ids, tokens and times aside, and store the same event types in the same order.
 */
@ExtendWith(GameServers.Extension.class)
class SameAnswersFromBothVariantsIT {

    @Test
    void givenOneScriptedGame_whenPlayedOnBothVariants_thenEveryStatusAndBodyIsTheSame(GameServers servers) {
        List<Exchange> handrolled = ScriptedGame.play(api(servers, Variant.HANDROLLED));
        List<Exchange> axon = ScriptedGame.play(api(servers, Variant.AXON));

        assertThat(axon).hasSameSizeAs(handrolled);
        IntStream.range(0, handrolled.size()).forEach(i -> assertThat(axon.get(i))
                .as("exchange %d: %s", i + 1, handrolled.get(i).request())
                .isEqualTo(handrolled.get(i)));
    }

    @Test
    void givenOneScriptedGame_whenPlayedOnBothVariants_thenTheEventTypesMatchInOrder(GameServers servers) {
        List<String> handrolled = eventTypes(ScriptedGame.play(api(servers, Variant.HANDROLLED)));
        List<String> axon = eventTypes(ScriptedGame.play(api(servers, Variant.AXON)));

        assertThat(handrolled).startsWith("GameCreated", "PlayerJoined").endsWith("GameEnded");
        assertThat(axon).containsExactlyElementsOf(handrolled);
    }

    @Test
    void givenBothVariants_whenAskedForInfo_thenOnlyTheVariantNameTellsThemApart(GameServers servers) {
        JsonNode handrolled = api(servers, Variant.HANDROLLED).get("/api/info").json();
        JsonNode axon = api(servers, Variant.AXON).get("/api/info").json();

        assertThat(handrolled.get("variant").asText()).isEqualTo("handrolled");
        assertThat(axon.get("variant").asText()).isEqualTo("axon");
        assertThat(axon.get("eventStore")).isEqualTo(handrolled.get("eventStore"));
    }

    private static ApiClient api(GameServers servers, Variant variant) {
        return new ApiClient(servers.of(variant).base());
    }

    private static List<String> eventTypes(List<Exchange> transcript) {
        Exchange events = transcript.stream().filter(exchange -> exchange.request().equals("GET /events"))
                .findFirst().orElseThrow();
        assertThat(events.status()).isEqualTo(200);
        return StreamSupport.stream(ApiClient.parse(events.body()).spliterator(), false)
                .map(event -> event.get("type").asText())
                .toList();
    }
}
