package dev.eschess.axon.projection;

import dev.eschess.game.event.GameEvent;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.RecordedGameEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Feeds the web module's lobby and live streams from Axon's event stream (ADR 0031): every stored game event, per
 * game in order, through the pooled streaming processor {@value #PROCESSING_GROUP}, whose token lives in the same
 * database and commits in the same transaction as the lobby rows.
 */
@Component
@ProcessingGroup(LobbyFeed.PROCESSING_GROUP)
public class LobbyFeed {

    /** The processing group, and so the event processor's name. */
    public static final String PROCESSING_GROUP = "web-lobby";

    private final LobbyProjection lobby;

    public LobbyFeed(LobbyProjection lobby) {
        this.lobby = lobby;
    }

    // tag::cmp-projections[]
    @EventHandler
    void on(GameEvent event, @SequenceNumber long sequenceNumber) {
        lobby.apply(new RecordedGameEvent(sequenceNumber + 1, event.occurredAt(), event));
    }

    /** Called by Axon before a replay from the first event: the lobby is rebuilt from the events. */
    @ResetHandler
    void reset() {
        lobby.reset();
    }
    // end::cmp-projections[]
}
