package dev.eschess.handrolled.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEnded;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.deadline.Deadline;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.deadline.GameDeadline;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.timetravel.HandrolledGameHistory;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A due game deadline becomes the server's command through the game engine (ADR 0062): applied once under the
 * deadline's id, and a stale one (the game moved on) is dropped without a failure, which would keep it for a retry.
 */
class GameDeadlineHandlerTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");
    private static final String GAME = "clocked";

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final HandrolledGameEngine engine = engineOn(store);
    private final GameDeadlineHandler handler = new GameDeadlineHandler(engine);

    private static HandrolledGameEngine engineOn(InMemoryEventStore store) {
        var repository = GameRepository.on(store, new InMemorySnapshotStore(), Clock.systemUTC(),
                new StateCache<>(100));
        return new HandrolledGameEngine(new HandrolledGameCommands(store, repository, SnapshotPolicy.never()),
                new HandrolledGameHistory(store, repository), "memory");
    }

    /** A one-minute game in which White moved at T: Black's flag falls at T + 60 s. */
    private void whiteMovedAtT() {
        engine.execute(new CreateGame(GAME, "alice", "Alice", Color.WHITE, Optional.empty(),
                Optional.of(new TimeControl(60, 0)), T), CommandOptions.none());
        engine.execute(new JoinGame(GAME, "bob", "Bob", T), CommandOptions.none());
        engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());
    }

    private static Deadline flagFall(Instant dueAt) {
        return new Deadline(GameStreamNames.streamId(GAME), GameDeadline.FLAG_FALL.kind(), UUID.randomUUID(), dueAt, 0);
    }

    private List<GameEnded> endings() {
        return engine.events(GAME, 0, 100).stream().map(RecordedGameEvent::event)
                .filter(GameEnded.class::isInstance).map(GameEnded.class::cast).toList();
    }

    @Test
    void aDueFlagFallEndsTheGameOnTimeOnceThoughItIsFiredTwice() {
        whiteMovedAtT();
        AtomicInteger appends = new AtomicInteger();
        engine.onAppend(appends::incrementAndGet);
        Deadline due = flagFall(T.plusSeconds(60));

        handler.fire(due, T.plusSeconds(60));
        handler.fire(due, T.plusSeconds(61));

        assertThat(endings()).extracting(GameEnded::reason).containsExactly(EndReason.TIMEOUT);
        assertThat(appends).as("the live streams and the lobby are woken").hasValue(1);
    }

    @Test
    void aStaleFlagFallIsDroppedWithoutAFailure() {
        whiteMovedAtT();
        engine.execute(new MakeMove(GAME, "bob", "e5", T.plusSeconds(30)), CommandOptions.none());

        handler.fire(flagFall(T.plusSeconds(60)), T.plusSeconds(60));

        assertThat(endings()).isEmpty();
    }
}
