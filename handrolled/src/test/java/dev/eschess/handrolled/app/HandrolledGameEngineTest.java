package dev.eschess.handrolled.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.support.ForwardingEventStore;
import dev.eschess.handrolled.timetravel.HandrolledGameHistory;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The port's outcomes as the hand-rolled engine answers them, without a web server (ADR 0030). */
class HandrolledGameEngineTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String GAME = "engine-game";

    private final InMemoryEventStore store = new InMemoryEventStore();

    private static HandrolledGameEngine engineOn(EventStore store) {
        var repository = GameRepository.on(store, new InMemorySnapshotStore(), Clock.systemUTC(),
                new StateCache<>(100));
        return new HandrolledGameEngine(new HandrolledGameCommands(store, repository, SnapshotPolicy.never()),
                new HandrolledGameHistory(store, repository), "memory");
    }

    private static HandrolledGameEngine startedGame(HandrolledGameEngine engine) {
        engine.execute(CreateGame.standard(GAME, "alice", "Alice", Color.WHITE, T), CommandOptions.none());
        engine.execute(new JoinGame(GAME, "bob", "Bob", T), CommandOptions.none());
        return engine;
    }

    private static CommandOptions withId(String commandId) {
        return new CommandOptions(Optional.empty(), Optional.of(commandId));
    }

    @Test
    void anAppliedCommandCarriesItsEventsWithTheirStreamVersions() {
        HandrolledGameEngine engine = startedGame(engineOn(store));

        CommandOutcome outcome = engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Applied.class, applied -> {
            assertThat(applied.version()).isEqualTo(3);
            assertThat(applied.appended()).extracting(RecordedGameEvent::version).containsExactly(3L);
            assertThat(applied.appended().getFirst().event()).isInstanceOf(MovePlayed.class);
            assertThat(applied.state().sanMoves()).containsExactly("e4");
        });
        assertThat(engine.events(GAME, 0, 100)).extracting(RecordedGameEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(engine.events(GAME, 0, 2)).extracting(RecordedGameEvent::version).containsExactly(1L, 2L);
        assertThat(engine.events(GAME, 1, 100)).extracting(RecordedGameEvent::version).containsExactly(2L, 3L);
        assertThat(engine.events(GAME, 3, 100)).isEmpty();
    }

    @Test
    void theGameIsReadNowAndAsOfAnEarlierVersionWithoutTheWebModuleFolding() {
        HandrolledGameEngine engine = startedGame(engineOn(store));
        engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());

        assertThat(engine.current(GAME)).hasValueSatisfying(game -> {
            assertThat(game.version()).isEqualTo(3);
            assertThat(game.state().sanMoves()).containsExactly("e4");
        });
        assertThat(engine.at(GAME, 2)).hasValueSatisfying(game -> {
            assertThat(game.version()).isEqualTo(2);
            assertThat(game.state().sanMoves()).isEmpty();
        });
        assertThat(engine.at(GAME, 4)).isEmpty();
        assertThat(engine.current("no-such-game")).isEmpty();
    }

    @Test
    void aRepeatedCommandIdIsAlreadyAppliedWithTheCurrentVersionAndStoresNothing() {
        HandrolledGameEngine engine = engineOn(store);
        engine.execute(CreateGame.standard(GAME, "alice", "Alice", Color.WHITE, T), CommandOptions.none());
        engine.execute(new JoinGame(GAME, "bob", "Bob", T), withId("join-1"));
        engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());

        CommandOutcome repeated = engine.execute(new JoinGame(GAME, "bob", "Bob", T), withId("join-1"));

        assertThat(repeated).isInstanceOfSatisfying(CommandOutcome.AlreadyApplied.class, already -> {
            assertThat(already.version()).isEqualTo(3);
            assertThat(already.state().sanMoves()).containsExactly("e4");
        });
        assertThat(engine.events(GAME, 0, 100)).hasSize(3);
    }

    @Test
    void aStalePinnedVersionIsAVersionMismatchAndStoresNothing() {
        HandrolledGameEngine engine = startedGame(engineOn(store));

        CommandOutcome outcome = engine.execute(new MakeMove(GAME, "alice", "e4", T),
                new CommandOptions(Optional.of(1L), Optional.empty()));

        assertThat(outcome).isEqualTo(new CommandOutcome.VersionMismatch(1, 2));
        assertThat(engine.events(GAME, 0, 100)).hasSize(2);
    }

    @Test
    void theDecidersRefusalIsRejectedWithItsReason() {
        HandrolledGameEngine engine = startedGame(engineOn(store));

        CommandOutcome outcome = engine.execute(new MakeMove(GAME, "bob", "e5", T), CommandOptions.none());

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
        assertThat(engine.events(GAME, 0, 100)).hasSize(2);
    }

    @Test
    void anUnpinnedCommandThatLosesEveryRaceIsAVersionConflict() {
        AtomicBoolean interfere = new AtomicBoolean();
        HandrolledGameEngine engine = startedGame(engineOn(new ForwardingEventStore(store) {
            @Override
            public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events,
                                       AppendParticipant participant) {
                if (interfere.get()) {
                    throw new ExpectedVersionConflict(streamId, expected, 9);
                }
                return super.append(streamId, expected, events, participant);
            }
        }));
        interfere.set(true);

        CommandOutcome outcome = engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());

        assertThat(outcome).isEqualTo(new CommandOutcome.VersionConflict(2, 9));
    }

    @Test
    void appendListenersRunAfterAnAppendOnly() {
        HandrolledGameEngine engine = engineOn(store);
        AtomicInteger wakeUps = new AtomicInteger();
        engine.onAppend(wakeUps::incrementAndGet);

        engine.execute(CreateGame.standard(GAME, "alice", "Alice", Color.WHITE, T), withId("create-1"));
        engine.execute(CreateGame.standard(GAME, "alice", "Alice", Color.WHITE, T), withId("create-1"));
        engine.execute(new MakeMove(GAME, "alice", "e4", T), CommandOptions.none());

        assertThat(wakeUps).hasValue(1);
        assertThat(engine.describe().variant()).isEqualTo("handrolled");
    }
}
