package dev.eschess.web.port;

import dev.eschess.game.GameState;
import dev.eschess.game.RejectionReason;
import java.util.List;
import java.util.Objects;

/** The answer of {@link GameEngine#execute}: exactly one of five typed outcomes, none of them an exception. */
public sealed interface CommandOutcome {

    /**
     * The command's events were appended.
     *
     * @param version  the stream's version after the append (the version of the last appended event)
     * @param appended the events appended by this command, in order; never empty
     * @param state    the game's state at {@code version}, as the engine folded it while deciding
     */
    record Applied(long version, List<RecordedGameEvent> appended, GameState state) implements CommandOutcome {
        public Applied {
            Objects.requireNonNull(state, "state");
            appended = List.copyOf(appended);
            if (appended.isEmpty()) {
                throw new IllegalArgumentException("an applied command appended at least one event");
            }
        }
    }

    /**
     * The command id was already recorded for this game: nothing was stored this time.
     *
     * @param version the stream's current version
     * @param state   the game's state at {@code version}
     */
    record AlreadyApplied(long version, GameState state) implements CommandOutcome {
        public AlreadyApplied {
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * The decider refused the command; nothing was stored.
     *
     * @param reason  the decider's reason
     * @param message the decider's message, for people
     */
    record Rejected(RejectionReason reason, String message) implements CommandOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The caller pinned a version and the stream is at another one; nothing was stored (HTTP 412).
     *
     * @param expectedVersion the pinned version
     * @param actualVersion   the stream's version as the engine saw it
     */
    record VersionMismatch(long expectedVersion, long actualVersion) implements CommandOutcome {
    }

    /**
     * Concurrent appends kept winning and the engine gave up retrying; nothing was stored (HTTP 409).
     *
     * @param expectedVersion the version of the last attempt
     * @param actualVersion   the version found instead
     */
    record VersionConflict(long expectedVersion, long actualVersion) implements CommandOutcome {
    }
}
