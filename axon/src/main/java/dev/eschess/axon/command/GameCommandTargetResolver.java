package dev.eschess.axon.command;

import dev.eschess.game.command.GameCommand;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Tells Axon which game a command is for without any Axon annotation in the shared domain: the id comes from
 * {@link GameCommand#gameId()}, the expected version from the command's metadata (ADR 0022). Our versions count
 * events; Axon's version is the last sequence number, so it is ours minus one (an empty game is -1).
 */
public final class GameCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof GameCommand gameCommand)) {
            throw new IllegalArgumentException("not a game command: " + command.getPayloadType().getName());
        }
        Long axonVersion = expectedVersion(command).map(version -> version - 1).orElse(null);
        return new VersionedAggregateIdentifier(gameCommand.gameId(), axonVersion);
    }

    /** The version (number of events) the caller pinned, if any. */
    public static Optional<Long> expectedVersion(CommandMessage<?> command) {
        Object value = command.getMetaData().get(CommandMetadata.EXPECTED_VERSION);
        return switch (value) {
            case null -> Optional.empty();
            case Number number -> Optional.of(number.longValue());
            default -> throw new IllegalArgumentException(
                    CommandMetadata.EXPECTED_VERSION + " must be a number, was " + value.getClass().getName());
        };
    }
}
