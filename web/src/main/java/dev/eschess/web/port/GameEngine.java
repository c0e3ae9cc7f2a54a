package dev.eschess.web.port;

import dev.eschess.game.command.GameCommand;
import java.util.List;
import java.util.Optional;

/**
 * The port between the HTTP API and an event-sourcing variant: run one command against one game's stream, read
 * the game's state now or as of a version, and read a page of its recorded events. Each variant (hand-rolled, Axon)
 * supplies exactly one bean of this type; the {@code web} module does everything else (tokens, rendering, errors,
 * live updates, lobby). See ADR 0030.
 *
 * <p>Implementations must be thread-safe. Only unexpected faults (the database is down) may be thrown; every
 * answer a client can provoke comes back as a {@link CommandOutcome}.
 */
// tag::port[]
public interface GameEngine {

    /**
     * Loads the game's stream, decides the command with the shared {@code GameDecider} and appends the events
     * it returns, atomically, with the loaded version as the expected version.
     *
     * <ul>
     *   <li>{@link dev.eschess.game.command.CreateGame}: the stream must not exist yet (expected version 0).</li>
     *   <li>{@link CommandOptions#expectedVersion()} present (HTTP {@code If-Match}): if the stream's version
     *       differs before deciding, or a concurrent append wins, answer {@link CommandOutcome.VersionMismatch};
     *       never retry.</li>
     *   <li>No expected version: on a concurrent append, decide again on the fresh state a bounded number of
     *       times; when the attempts run out answer {@link CommandOutcome.VersionConflict}.</li>
     *   <li>{@link CommandOptions#commandId()} present and already recorded for this game: store nothing and
     *       answer {@link CommandOutcome.AlreadyApplied} (checked before the expected version).</li>
     *   <li>The decider throws {@link dev.eschess.game.GameRejection}: store nothing and answer
     *       {@link CommandOutcome.Rejected} with its reason and message.</li>
     * </ul>
     */
    default CommandOutcome execute(GameCommand command, CommandOptions options) {
        return execute(command, options, WriteWithEvents.NOTHING);
    }

    /**
     * Like {@link #execute(GameCommand, CommandOptions)}, and {@code write} runs in the transaction that appends the
     * command's events, after they are written and before it commits: its rows commit exactly when the events do
     * (ADR 0060).
     *
     * <ul>
     *   <li>It runs only for an append that is about to commit: never for a rejected or already applied command,
     *       nor for an attempt that lost a race. After a lost race it runs again in the retry's transaction.</li>
     *   <li>If it throws, nothing of the command is stored, no cache keeps the state the command would have
     *       reached, and the engine throws (a fault, not an outcome).</li>
     *   <li>It should be short: the append's locks are held while it runs.</li>
     * </ul>
     */
    CommandOutcome execute(GameCommand command, CommandOptions options, WriteWithEvents write);

    /**
     * The game now, without reading and folding its whole stream: each variant answers from its own state (cache,
     * snapshot plus tail, ...); empty if the game does not exist. After {@link #execute} returned
     * {@link CommandOutcome.Applied}, this includes its events (read-your-writes on one instance).
     */
    Optional<FoldedGame> current(String gameId);

    /**
     * The game after its first {@code version} events, by the variant's own time travel (nearest snapshot plus the
     * events after it); empty if the game does not exist or has fewer events.
     */
    Optional<FoldedGame> at(String gameId, long version);

    /**
     * Up to {@code limit} events of the game's stream after version {@code after}, in version order without gaps
     * (versions {@code after + 1}, {@code after + 2}, ...); empty if there are none or the game does not exist.
     */
    List<RecordedGameEvent> events(String gameId, long after, int limit);

    /** Which variant this is and where it stores events, for {@code GET /api/info}. */
    EngineDescription describe();
}
// end::port[]
