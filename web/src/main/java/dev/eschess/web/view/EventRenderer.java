package dev.eschess.web.view;

import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.web.port.RecordedGameEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes events for the API field by field, so that a refactoring of an event record cannot silently change
 * the HTTP contract, and colours, results and reasons use the same spelling as the game view.
 */
public final class EventRenderer {

    private EventRenderer() {
    }

    /** The API form of one recorded event. */
    public static EventView render(RecordedGameEvent recorded) {
        GameEvent event = recorded.event();
        return new EventView(recorded.version(), GameEventType.of(event).typeName(),
                recorded.occurredAt().toString(), data(event));
    }

    private static Map<String, Object> data(GameEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gameId", event.gameId());
        switch (event) {
            case GameCreated created -> {
                data.put("creatorId", created.creatorId());
                data.put("creatorName", created.creatorName());
                data.put("creatorColor", WireNames.color(created.creatorColor()));
                data.put("startFen", created.startFen());
                data.put("timeControl", created.timeControl().map(TimeControlView::of).orElse(null));
            }
            case PlayerJoined joined -> {
                data.put("playerId", joined.playerId());
                data.put("playerName", joined.playerName());
                data.put("color", WireNames.color(joined.color()));
            }
            case MovePlayed moved -> {
                data.put("ply", moved.ply());
                data.put("color", WireNames.color(moved.color()));
                data.put("uci", moved.uci());
                data.put("san", moved.san());
                data.put("fenAfter", moved.fenAfter());
            }
            case DrawOffered offered -> data.put("offeredBy", WireNames.color(offered.offeredBy()));
            case DrawOfferDeclined declined -> data.put("declinedBy", WireNames.color(declined.declinedBy()));
            case DrawOfferLapsed lapsed -> data.put("offeredBy", WireNames.color(lapsed.offeredBy()));
            case GameEnded ended -> {
                data.put("result", ended.result().wireName());
                data.put("reason", ended.reason().wireName());
            }
        }
        data.put("occurredAt", event.occurredAt().toString());
        return data;
    }
}
