package dev.eschess.web.port;

import dev.eschess.game.command.GameCommand;
import java.util.List;

/**
 * The port between the HTTP API and an event-sourcing variant: run one command against one game's stream and
 * read a game's recorded events. Each variant (hand-rolled, Axon) supplies exactly one bean of this type; the
 * {@code web} module does everything else (tokens, rendering, errors, live updates, lobby). See ADR 0030.
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
    CommandOutcome execute(GameCommand command, CommandOptions options);

    /**
     * The game's whole stream in version order, versions 1, 2, 3, ... without gaps; empty if the game does not
     * exist. After {@link #execute} returned {@link CommandOutcome.Applied}, this includes its events
     * (read-your-writes on one instance).
     */
    List<RecordedGameEvent> events(String gameId);

    /**
     * The first {@code upToVersion} events of the game's stream (fewer if the stream is shorter). Override to
     * stop reading early; the default filters the whole stream.
     */
    default List<RecordedGameEvent> events(String gameId, long upToVersion) {
        return events(gameId).stream().filter(recorded -> recorded.version() <= upToVersion).toList();
    }

    /** Which variant this is and where it stores events, for {@code GET /api/info}. */
    EngineDescription describe();
}
// end::port[]
