package dev.eschess.axon.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eschess.game.event.GameEventType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@code GameCreated} schema version 1 as version 2, JSON to JSON, exactly as
 * {@code fixtures/events/README.md} specifies: {@code playerId}, {@code playerName}, {@code color} ("w"/"b") and
 * a nullable {@code fen} become {@code creatorId}, {@code creatorName}, {@code creatorColor} (WHITE/BLACK) and a
 * non-null {@code startFen}. Leaves every other event untouched. The mapping is frozen with the stored format, so
 * it repeats the standard start FEN instead of asking the chess rules.
 */
public final class GameCreatedV1Upcaster extends SingleEventUpcaster {

    /** The standard start position, as v1 meant by a {@code null} FEN. */
    static final String STANDARD_START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

    private static final String TYPE = GameEventType.GAME_CREATED.typeName();
    private static final SimpleSerializedType V1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType V2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V2, JsonNode.class, GameCreatedV1Upcaster::toV2);
    }

    /** The v2 payload of a v1 payload. */
    static JsonNode toV2(JsonNode v1) {
        ObjectNode v2 = JsonNodeFactory.instance.objectNode();
        v2.set("gameId", required(v1, "gameId"));
        v2.set("creatorId", required(v1, "playerId"));
        v2.set("creatorName", required(v1, "playerName"));
        v2.put("creatorColor", color(required(v1, "color").asText()));
        JsonNode fen = v1.get("fen");
        v2.put("startFen", fen == null || fen.isNull() ? STANDARD_START : fen.asText());
        v2.set("occurredAt", required(v1, "occurredAt"));
        return v2;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("corrupt GameCreated v1 event: no " + field + " in " + node);
        }
        return value;
    }

    private static String color(String letter) {
        return switch (letter) {
            case "w" -> "WHITE";
            case "b" -> "BLACK";
            default -> throw new IllegalStateException("corrupt GameCreated v1 event: color " + letter);
        };
    }
}
