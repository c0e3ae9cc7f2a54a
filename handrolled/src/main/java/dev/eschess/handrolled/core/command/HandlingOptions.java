package dev.eschess.handrolled.core.command;

import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one command, beside the command itself.
 *
 * @param expectedVersion the version the caller saw (HTTP {@code If-Match}); when present a conflict is returned
 *                        instead of retried
 * @param commandId       the client's id for the command; a command id already applied to the stream is not
 *                        applied again
 * @param correlationId   the id of the outside request, stored as metadata
 * @param causationId     the id of what caused the command, stored as metadata
 * @param actingPlayerId  who sent it, stored as metadata
 * @param participant     work that commits or rolls back with the command's events, in the append that stores them
 *                        (ADR 0060); runs again in the append of a retry, never when nothing is appended
 */
public record HandlingOptions(
        Optional<Long> expectedVersion,
        Optional<String> commandId,
        Optional<String> correlationId,
        Optional<String> causationId,
        Optional<String> actingPlayerId,
        AppendParticipant participant) {

    /** No pinned version, no command id, no metadata, no participant. */
    public static final HandlingOptions NONE = new HandlingOptions(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), AppendParticipant.NONE);

    public HandlingOptions {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(actingPlayerId, "actingPlayerId");
        Objects.requireNonNull(participant, "participant");
        expectedVersion.ifPresent(version -> {
            if (version < 0) {
                throw new IllegalArgumentException("an expected version is not negative, was " + version);
            }
        });
    }

    /** A copy pinned to this version. */
    public HandlingOptions pinnedTo(long version) {
        return new HandlingOptions(Optional.of(version), commandId, correlationId, causationId, actingPlayerId,
                participant);
    }

    /** A copy with this command id. */
    public HandlingOptions withCommandId(String id) {
        return new HandlingOptions(expectedVersion, Optional.of(id), correlationId, causationId, actingPlayerId,
                participant);
    }

    /** A copy with this correlation id. */
    public HandlingOptions withCorrelationId(String id) {
        return new HandlingOptions(expectedVersion, commandId, Optional.of(id), causationId, actingPlayerId,
                participant);
    }

    /** A copy with this causation id. */
    public HandlingOptions withCausationId(String id) {
        return new HandlingOptions(expectedVersion, commandId, correlationId, Optional.of(id), actingPlayerId,
                participant);
    }

    /** A copy with this acting player. */
    public HandlingOptions withActingPlayerId(String id) {
        return new HandlingOptions(expectedVersion, commandId, correlationId, causationId, Optional.of(id),
                participant);
    }

    /** A copy whose append takes this participant into its transaction. */
    public HandlingOptions withParticipant(AppendParticipant work) {
        return new HandlingOptions(expectedVersion, commandId, correlationId, causationId, actingPlayerId, work);
    }
}
