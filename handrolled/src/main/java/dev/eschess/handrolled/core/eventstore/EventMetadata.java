package dev.eschess.handrolled.core.eventstore;

import java.util.Objects;
import java.util.Optional;

/**
 * Facts about why an event was written, stored beside it and never part of its payload.
 *
 * @param correlationId  the id shared by everything one outside request caused
 * @param causationId    the id of the message (command or event) that directly caused this one
 * @param commandId      the client's id of the command, for idempotency
 * @param actingPlayerId the player who sent the command (an id, never a secret)
 */
public record EventMetadata(
        Optional<String> correlationId,
        Optional<String> causationId,
        Optional<String> commandId,
        Optional<String> actingPlayerId) {

    /** No metadata at all. */
    public static final EventMetadata NONE =
            new EventMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public EventMetadata {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(actingPlayerId, "actingPlayerId");
    }

    /** A copy with this command id. */
    public EventMetadata withCommandId(String id) {
        return new EventMetadata(correlationId, causationId, Optional.of(id), actingPlayerId);
    }
}
