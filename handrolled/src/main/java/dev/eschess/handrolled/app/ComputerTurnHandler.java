package dev.eschess.handrolled.app;

import dev.eschess.engine.opponent.ComputerReply;
import dev.eschess.handrolled.computer.ComputerReplies;
import dev.eschess.handrolled.core.deadline.Deadline;
import dev.eschess.handrolled.core.deadline.DeadlineHandler;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.GameEngine;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the computer's turn when one of its runners has claimed it (ADR 0066): loads the game as it is now, asks the
 * policy for its reply (stamped when it is thought out) and sends it through the same engine as the HTTP API, pinned to the
 * version it was thought out at and under its command id. Runs while the turn's row is locked, so no other runner
 * thinks about the same turn, and the row is deleted only after this returns, that is after the reply is stored.
 */
public final class ComputerTurnHandler implements DeadlineHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ComputerTurnHandler.class);

    private final GameEngine engine;
    private final ComputerReplies replies;
    private final InstantSource clock;

    /** A handler asking {@code replies}, stamping replies by {@code clock} and sending through {@code engine}. */
    public ComputerTurnHandler(GameEngine engine, ComputerReplies replies, InstantSource clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // tag::cmp-process-manager[]
    @Override
    public void fire(Deadline turn, Instant firedAt) {
        String gameId = GameStreamNames.gameIdOf(turn.streamId());
        Optional<ComputerReply> reply = engine.current(gameId).flatMap(game -> replies.reply(game.state(), clock));
        if (reply.isEmpty()) {
            // The turn was stale: played before a crash, or the person is to move again, or the game is over.
            return;
        }
        ComputerReply sent = reply.get();
        CommandOutcome outcome = engine.execute(sent.command(),
                new CommandOptions(Optional.of((long) sent.expectedVersion()), Optional.of(sent.commandId())));
        switch (outcome) {
            case CommandOutcome.Applied applied -> LOG.debug("computer in game {}: {} at version {}", gameId,
                    sent.command(), applied.version());
            case CommandOutcome.AlreadyApplied already -> LOG.debug("computer in game {}: {} was stored before",
                    gameId, sent.commandId());
            // The person acted while the computer was thinking; the event they caused brought a fresh turn.
            case CommandOutcome.VersionMismatch mismatch -> LOG.debug("computer in game {}: reply at version {} is "
                    + "stale, the game is at {}", gameId, mismatch.expectedVersion(), mismatch.actualVersion());
            // The policy answered a state the decider refuses: trying again would be refused again.
            case CommandOutcome.Rejected rejected -> LOG.warn("computer in game {}: {} was refused: {}", gameId,
                    sent.command(), rejected.message());
            case CommandOutcome.VersionConflict conflict -> throw new IllegalStateException(
                    "a pinned reply reported a conflict in game " + gameId + "; the turn is tried again");
        }
    }
    // end::cmp-process-manager[]
}
