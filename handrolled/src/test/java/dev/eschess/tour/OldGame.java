package dev.eschess.tour;

import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A game created by older code, before games had clocks: its {@code GameCreated} is stored in schema version 2. */
final class OldGame {

    /** The old game's stream. */
    static final String STREAM = GameStreamNames.streamId("old-game");

    private OldGame() {
    }

    // tag::tour-old-event[]
    /** The payload as the code of early 2026 wrote it: no "timeControl" field yet (fixtures/events/). */
    private static final String GAME_CREATED_V2 = """
            {"gameId": "old-game", "creatorId": "alice", "creatorName": "Alice", "creatorColor": "WHITE",
             "startFen": "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
             "occurredAt": "2026-03-14T09:26:53.589Z"}""";

    /** Appends the old event to {@code events} exactly as it was stored back then: type name, version 2, JSON. */
    static void storeIn(EventStore events) {
        events.append(STREAM, ExpectedVersion.noStream(), List.of(new NewEvent(UUID.randomUUID(), "GameCreated", 2,
                GAME_CREATED_V2, Instant.parse("2026-03-14T09:26:53.589Z"), EventMetadata.NONE)));
    }
    // end::tour-old-event[]
}
