package dev.eschess.axon.command;

/**
 * Keys of the metadata that travels beside a {@link dev.eschess.game.command.GameCommand} (ADR 0004): the client's
 * command id for idempotency and the version the caller saw (HTTP {@code If-Match}). Both are optional. Events
 * carry the command id and the acting player in their metadata.
 */
public final class CommandMetadata {

    /** The client's id of the command; a command id already applied to the game is not applied again. */
    public static final String COMMAND_ID = "commandId";

    /** The game version (number of events) the caller expects; a {@link Number}. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** The id of the player who acted, copied onto every event the command caused. */
    public static final String ACTING_PLAYER = "actingPlayer";

    /**
     * The command's {@link CommandParticipant}, if it has one: an object, not a value, so it never reaches an event
     * and could not cross a process boundary. It need not: the command bus is Axon's {@code SimpleCommandBus}, which
     * hands the very message to the handler in this process (ADR 0060).
     */
    public static final String PARTICIPANT = "participant";

    private CommandMetadata() {
    }
}
