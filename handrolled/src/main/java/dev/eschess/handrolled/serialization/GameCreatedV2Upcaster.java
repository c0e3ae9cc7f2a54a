package dev.eschess.handrolled.serialization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eschess.game.event.GameEventType;
import dev.eschess.handrolled.core.serialization.Upcaster;

/**
 * {@code GameCreated} v2 to v3: v3 added the time control, and every game created before it was played without
 * clocks, so the upcast writes {@code "timeControl": null}.
 */
public final class GameCreatedV2Upcaster implements Upcaster {

    // tag::cmp-upcasting[]
    @Override
    public String typeName() {
        return GameEventType.GAME_CREATED.typeName();
    }

    @Override
    public int fromSchemaVersion() {
        return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode v2) {
        ObjectNode v3 = v2.deepCopy();
        v3.putNull("timeControl");
        return v3;
    }
    // end::cmp-upcasting[]
}
