package dev.eschess.handrolled.app;

import dev.eschess.game.command.GameCommand;
import dev.eschess.handrolled.core.deadline.Deadline;
import dev.eschess.handrolled.core.deadline.DeadlineHandler;
import dev.eschess.handrolled.deadline.GameDeadline;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.GameEngine;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a game's due deadline as the command the server sends by itself ({@code FlagFall}, {@code ExpireWaitingGame}),
 * through the same engine as the HTTP API, so the lobby and the live streams see its events as they see a player's.
 * The deadline's id is the command id: a deadline fired again after a crash before its row was deleted is applied once.
 */
public final class GameDeadlineHandler implements DeadlineHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GameDeadlineHandler.class);

    private final GameEngine engine;

    /** A handler sending its commands through {@code engine}. */
    public GameDeadlineHandler(GameEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    // tag::cmp-deadlines[]
    @Override
    public void fire(Deadline deadline, Instant firedAt) {
        String gameId = GameStreamNames.gameIdOf(deadline.streamId());
        GameCommand command = GameDeadline.ofKind(deadline.kind()).commandFor(gameId, firedAt);
        CommandOutcome outcome = engine.execute(command,
                new CommandOptions(Optional.empty(), Optional.of(deadline.id().toString())));
        switch (outcome) {
            case CommandOutcome.Applied applied -> LOG.debug("{} of game {} due at {} fired at {}: version {}",
                    deadline.kind(), gameId, deadline.dueAt(), firedAt, applied.version());
            case CommandOutcome.AlreadyApplied already -> LOG.debug("{} of game {} was fired before",
                    deadline.kind(), gameId);
            // A move in time, a join or an ending came first: the deadline was stale, which is no failure.
            case CommandOutcome.Rejected rejected -> LOG.debug("{} of game {} is stale: {}", deadline.kind(), gameId,
                    rejected.reason());
            case CommandOutcome.VersionMismatch mismatch -> throw new IllegalStateException(
                    "a deadline's command pins no version, yet game " + gameId + " reported a mismatch");
            case CommandOutcome.VersionConflict conflict -> throw new IllegalStateException(
                    "game " + gameId + " kept changing while " + deadline.kind() + " fired; it is tried again");
        }
    }
    // end::cmp-deadlines[]
}
