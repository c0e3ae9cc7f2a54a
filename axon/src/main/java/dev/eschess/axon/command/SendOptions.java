package dev.eschess.axon.command;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may send beside a command: its own command id (a retry with the same id is not applied twice) and
 * the version it expects the game to be at (HTTP {@code If-Match}; versions count events).
 *
 * @param commandId       the client's command id, if any
 * @param expectedVersion the pinned version, if any
 */
public record SendOptions(Optional<String> commandId, Optional<Long> expectedVersion) {

    public SendOptions {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        expectedVersion.filter(version -> version < 0).ifPresent(version -> {
            throw new IllegalArgumentException("versions are not negative, was " + version);
        });
    }

    /** Neither a command id nor a pinned version. */
    public static SendOptions none() {
        return new SendOptions(Optional.empty(), Optional.empty());
    }

    /** With this command id. */
    public SendOptions withCommandId(String id) {
        return new SendOptions(Optional.of(id), expectedVersion);
    }

    /** With this expected version. */
    public SendOptions expecting(long version) {
        return new SendOptions(commandId, Optional.of(version));
    }
}
