package dev.eschess.handrolled.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eschess.game.event.GameEventType;
import dev.eschess.handrolled.core.serialization.CorruptEventException;
import dev.eschess.handrolled.core.serialization.Upcaster;

/**
 * {@code GameCreated} v1 to v2 (fixtures/events/README.md): {@code playerId} and {@code playerName} become
 * {@code creatorId} and {@code creatorName}; the FEN letter {@code color} becomes the enum name
 * {@code creatorColor}; a missing or null {@code fen} becomes the standard start FEN in {@code startFen}.
 */
public final class GameCreatedV1Upcaster implements Upcaster {

    /** The standard start position, which v1 stored as {@code null}. A stored-format constant, never changed. */
    static final String STANDARD_START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

    @Override
    public String typeName() {
        return GameEventType.GAME_CREATED.typeName();
    }

    @Override
    public int fromSchemaVersion() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode v1) {
        ObjectNode v2 = v1.objectNode();
        v2.set("gameId", required(v1, "gameId"));
        v2.set("creatorId", required(v1, "playerId"));
        v2.set("creatorName", required(v1, "playerName"));
        v2.put("creatorColor", switch (required(v1, "color").asText()) {
            case "w" -> "WHITE";
            case "b" -> "BLACK";
            default -> throw new CorruptEventException("GameCreated v1 has colour " + v1.get("color")
                    + "; only \"w\" and \"b\" exist");
        });
        JsonNode fen = v1.get("fen");
        v2.put("startFen", fen == null || fen.isNull() ? STANDARD_START : fen.asText());
        v2.set("occurredAt", required(v1, "occurredAt"));
        return v2;
    }

    private static JsonNode required(ObjectNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || value.isNull()) {
            throw new CorruptEventException("GameCreated v1 lacks " + field);
        }
        return value;
    }
}
