package dev.eschess.web.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What travels beside a command (ADR 0004): the version the caller pinned, and the client's command id.
 *
 * @param expectedVersion the stream version the caller saw (HTTP {@code If-Match}); empty lets the engine retry
 * @param commandId       the client's id for this command; a retry with the same id is applied once
 */
public record CommandOptions(Optional<Long> expectedVersion, Optional<String> commandId) {

    public CommandOptions {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(commandId, "commandId");
    }

    /** No pinned version, no command id. */
    public static CommandOptions none() {
        return new CommandOptions(Optional.empty(), Optional.empty());
    }
}
