package dev.eschess.axon.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eschess.game.event.GameEventType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@code GameCreated} schema version 2 as version 3: v3 added the time control, and every game created before
 * it was played without clocks, so the upcast writes {@code "timeControl": null}. Runs after
 * {@link GameCreatedV1Upcaster}, so a v1 event reaches v3 through both.
 */
public final class GameCreatedV2Upcaster extends SingleEventUpcaster {

    private static final String TYPE = GameEventType.GAME_CREATED.typeName();
    private static final SimpleSerializedType V2 = new SimpleSerializedType(TYPE, "2");
    private static final SimpleSerializedType V3 = new SimpleSerializedType(TYPE, "3");

    // tag::cmp-upcasting[]
    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V3, JsonNode.class, GameCreatedV2Upcaster::toV3);
    }

    /** The v3 payload of a v2 payload. */
    static JsonNode toV3(JsonNode v2) {
        ObjectNode v3 = ((ObjectNode) v2).deepCopy();
        v3.putNull("timeControl");
        return v3;
    }
    // end::cmp-upcasting[]
}
