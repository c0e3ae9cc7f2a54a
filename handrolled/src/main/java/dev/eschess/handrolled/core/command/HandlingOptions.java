package dev.eschess.handrolled.command;

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
 */
public record CommandOptions(
        Optional<Long> expectedVersion,
        Optional<String> commandId,
        Optional<String> correlationId,
        Optional<String> causationId,
        Optional<String> actingPlayerId) {

    /** No pinned version, no command id, no metadata. */
    public static final CommandOptions NONE =
            new CommandOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public CommandOptions {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(actingPlayerId, "actingPlayerId");
        expectedVersion.ifPresent(version -> {
            if (version < 0) {
                throw new IllegalArgumentException("an expected version is not negative, was " + version);
            }
        });
    }

    /** A copy pinned to this version. */
    public CommandOptions pinnedTo(long version) {
        return new CommandOptions(Optional.of(version), commandId, correlationId, causationId, actingPlayerId);
    }

    /** A copy with this command id. */
    public CommandOptions withCommandId(String id) {
        return new CommandOptions(expectedVersion, Optional.of(id), correlationId, causationId, actingPlayerId);
    }

    /** A copy with this correlation id. */
    public CommandOptions withCorrelationId(String id) {
        return new CommandOptions(expectedVersion, commandId, Optional.of(id), causationId, actingPlayerId);
    }

    /** A copy with this causation id. */
    public CommandOptions withCausationId(String id) {
        return new CommandOptions(expectedVersion, commandId, correlationId, Optional.of(id), actingPlayerId);
    }

    /** A copy with this acting player. */
    public CommandOptions withActingPlayerId(String id) {
        return new CommandOptions(expectedVersion, commandId, correlationId, causationId, Optional.of(id));
    }
}
