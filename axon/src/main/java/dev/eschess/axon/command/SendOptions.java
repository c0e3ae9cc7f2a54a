package dev.eschess.axon.command;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may send beside a command: its own command id (a retry with the same id is not applied twice), the
 * version it expects the game to be at (HTTP {@code If-Match}; versions count events), and work that must commit or
 * roll back with the command's events.
 *
 * @param commandId       the client's command id, if any
 * @param expectedVersion the pinned version, if any
 * @param participant     work in the transaction of the command's events (ADR 0060); runs again in a retry
 */
public record SendOptions(Optional<String> commandId, Optional<Long> expectedVersion,
                          CommandParticipant participant) {

    public SendOptions {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(participant, "participant");
        expectedVersion.filter(version -> version < 0).ifPresent(version -> {
            throw new IllegalArgumentException("versions are not negative, was " + version);
        });
    }

    /** These options without a participant. */
    public SendOptions(Optional<String> commandId, Optional<Long> expectedVersion) {
        this(commandId, expectedVersion, CommandParticipant.NONE);
    }

    /** Neither a command id nor a pinned version nor a participant. */
    public static SendOptions none() {
        return new SendOptions(Optional.empty(), Optional.empty());
    }

    /** With this command id. */
    public SendOptions withCommandId(String id) {
        return new SendOptions(Optional.of(id), expectedVersion, participant);
    }

    /** With this expected version. */
    public SendOptions expecting(long version) {
        return new SendOptions(commandId, Optional.of(version), participant);
    }

    /** With this participant in the command's transaction. */
    public SendOptions withParticipant(CommandParticipant work) {
        return new SendOptions(commandId, expectedVersion, work);
    }
}
