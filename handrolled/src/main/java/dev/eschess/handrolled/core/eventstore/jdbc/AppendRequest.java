package dev.eschess.handrolled.core.eventstore.jdbc;

import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import java.util.List;
import java.util.Objects;

/** One call of {@link JdbcEventStore#append}, on its way to a transaction. */
record AppendRequest(String streamId, ExpectedVersion expected, List<NewEvent> events, AppendParticipant participant) {

    AppendRequest {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(participant, "participant");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
    }
}
