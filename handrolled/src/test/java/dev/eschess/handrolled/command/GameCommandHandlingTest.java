package dev.eschess.handrolled.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.handrolled.core.command.CommandResult;
import dev.eschess.handrolled.core.command.ConflictRetriesExhausted;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.ForwardingEventStore;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Command handling (point 5) with the chess decider: retries, pinned versions, idempotent command ids. */
class GameCommandHandlingTest {

    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final String gameId = "g-" + UUID.randomUUID();

    private HandrolledGameCommands games(EventStore store) {
        return new HandrolledGameCommands(store,
                GameRepository.on(store, new InMemorySnapshotStore(), Clock.systemUTC(), new StateCache<>(100)),
                SnapshotPolicy.everyNEvents(3));
    }

    private HandrolledGameCommands startedGame(EventStore store) {
        HandrolledGameCommands games = games(store);
        games.handle(CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, T), HandlingOptions.NONE);
        games.handle(new JoinGame(gameId, "bob", "Bob", T), HandlingOptions.NONE);
        return games;
    }

    @Test
    void aCachedGameSeesTheMovesAnotherInstanceAppendedToTheSameStore() {
        HandrolledGameCommands first = startedGame(events);
        HandrolledGameCommands second = games(events);
        assertThat(second.current(gameId)).hasValueSatisfying(game -> assertThat(game.version()).isEqualTo(2));

        first.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE);
        CommandResult<GameEvent, GameState> reply = second.handle(new MakeMove(gameId, "bob", "e5", T),
                HandlingOptions.NONE);

        assertThat(reply.streamVersion()).isEqualTo(4);
        assertThat(reply.state().sanMoves()).containsExactly("e4", "e5");
        assertThat(first.current(gameId)).hasValueSatisfying(game ->
                assertThat(game.state().sanMoves()).containsExactly("e4", "e5"));
    }

    /** A store where another writer slips in just before each of the first {@code times} appends of the game. */
    private EventStore withInterference(int times, Runnable otherWriter) {
        AtomicInteger remaining = new AtomicInteger(times);
        return new ForwardingEventStore(events) {
            @Override
            public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> batch,
                                       AppendParticipant participant) {
                if (remaining.getAndDecrement() > 0) {
                    otherWriter.run();
                }
                return super.append(streamId, expected, batch, participant);
            }
        };
    }

    @Test
    void anUnpinnedCommandThatLosesARaceIsDecidedAgainOnFreshState() {
        HandrolledGameCommands plain = startedGame(events);
        HandrolledGameCommands racing = games(withInterference(1,
                () -> plain.handle(new OfferDraw(gameId, "bob", T), HandlingOptions.NONE)));

        CommandResult<GameEvent, GameState> result =
                racing.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE);

        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.events()).hasSize(2).first().isInstanceOf(MovePlayed.class);
        assertThat(result.events().get(1)).isInstanceOf(DrawOfferLapsed.class);
        assertThat(events.readStream(GameStreamNames.streamId(gameId))).hasSize(5);
    }

    @Test
    void anUnpinnedCommandGivesUpAfterTheBoundedNumberOfAttempts() {
        startedGame(events);
        AtomicInteger offers = new AtomicInteger();
        String stream = GameStreamNames.streamId(gameId);
        HandrolledGameCommands racing = games(withInterference(Integer.MAX_VALUE, () -> {
            // Another writer keeps changing the stream (an offer, a decline, ...), stored as recorded facts: the rule
            // of one offer per own move would stop a writer going through the decider after two rounds.
            GameEvent change = offers.getAndIncrement() % 2 == 0
                    ? new DrawOffered(gameId, Color.BLACK, T) : new DrawOfferDeclined(gameId, Color.WHITE, T);
            events.append(stream, ExpectedVersion.any(),
                    List.of(GameSerialization.events().serialize(change, EventMetadata.NONE)));
        }));

        assertThatThrownBy(() -> racing.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE))
                .isInstanceOfSatisfying(ConflictRetriesExhausted.class,
                        exhausted -> assertThat(exhausted.attempts()).isEqualTo(3));
        assertThat(events.readStream(GameStreamNames.streamId(gameId))).extracting(StoredEvent::type)
                .doesNotContain("MovePlayed");
    }

    @Test
    void aPinnedCommandAtAStaleVersionIsAConflictAndStoresNothing() {
        HandrolledGameCommands games = startedGame(events);
        games.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE);

        assertThatThrownBy(() -> games.handle(new MakeMove(gameId, "bob", "e5", T), HandlingOptions.NONE.pinnedTo(2)))
                .isInstanceOfSatisfying(ExpectedVersionConflict.class, conflict -> {
                    assertThat(conflict.expected()).isEqualTo(ExpectedVersion.exactly(2));
                    assertThat(conflict.actualVersion()).isEqualTo(3);
                });
        assertThat(events.streamVersion(GameStreamNames.streamId(gameId))).isEqualTo(3);
    }

    @Test
    void aPinnedCommandThatLosesTheRaceAtAppendIsAConflictNotARetry() {
        HandrolledGameCommands plain = startedGame(events);
        HandrolledGameCommands racing = games(withInterference(1,
                () -> plain.handle(new OfferDraw(gameId, "bob", T), HandlingOptions.NONE)));

        assertThatThrownBy(() -> racing.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE.pinnedTo(2)))
                .isInstanceOf(ExpectedVersionConflict.class);
        assertThat(events.readStream(GameStreamNames.streamId(gameId))).extracting(StoredEvent::type)
                .containsExactly("GameCreated", "PlayerJoined", "DrawOffered");
    }

    @Test
    void aPinnedCommandAtTheCurrentVersionSucceeds() {
        HandrolledGameCommands games = startedGame(events);

        CommandResult<GameEvent, GameState> result =
                games.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE.pinnedTo(2));

        assertThat(result.streamVersion()).isEqualTo(3);
    }

    @Test
    void aRepeatedCommandIdReturnsTheEarlierOutcomeAndStoresNothing() {
        HandrolledGameCommands games = startedGame(events);
        HandlingOptions options = HandlingOptions.NONE.withCommandId("client-42");
        CommandResult<GameEvent, GameState> first = games.handle(new MakeMove(gameId, "alice", "e4", T), options);

        CommandResult<GameEvent, GameState> retry = games.handle(new MakeMove(gameId, "alice", "e4", T), options);

        assertThat(first.alreadyApplied()).isFalse();
        assertThat(retry.alreadyApplied()).isTrue();
        assertThat(retry.events()).isEqualTo(first.events());
        assertThat(retry.streamVersion()).isEqualTo(3);
        assertThat(events.streamVersion(GameStreamNames.streamId(gameId))).isEqualTo(3);
    }

    @Test
    void aCommandIdCountsPerGame() {
        HandrolledGameCommands games = startedGame(events);
        games.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE.withCommandId("same-id"));
        String otherGame = "other-" + UUID.randomUUID();

        CommandResult<GameEvent, GameState> created = games.handle(
                CreateGame.standard(otherGame, "carol", "Carol", Color.BLACK, T),
                HandlingOptions.NONE.withCommandId("same-id"));

        assertThat(created.alreadyApplied()).isFalse();
        assertThat(events.streamVersion(GameStreamNames.streamId(otherGame))).isEqualTo(1);
    }

    @Test
    void twoConcurrentDeliveriesOfOneCommandIdMoveOnce() throws Exception {
        startedGame(events);
        HandrolledGameCommands games = games(events);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            // 12 rounds of knight shuffles: the start position occurs four times, one short of fivefold repetition.
            for (int round = 0; round < 12; round++) {
                String commandId = "retry-" + round;
                String player = round % 2 == 0 ? "alice" : "bob";
                String move = List.of("Nf3", "Nf6", "Ng1", "Ng8").get(round % 4);
                CyclicBarrier gate = new CyclicBarrier(4);
                List<Future<CommandResult<GameEvent, GameState>>> deliveries = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    deliveries.add(threads.submit(() -> {
                        gate.await(10, TimeUnit.SECONDS);
                        return games.handle(new MakeMove(gameId, player, move, T),
                                HandlingOptions.NONE.withCommandId(commandId));
                    }));
                }
                int applied = 0;
                for (Future<CommandResult<GameEvent, GameState>> delivery : deliveries) {
                    applied += delivery.get(10, TimeUnit.SECONDS).alreadyApplied() ? 0 : 1;
                }
                assertThat(applied).as("round %d", round).isEqualTo(1);
                assertThat(events.streamVersion(GameStreamNames.streamId(gameId))).isEqualTo(3 + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRejectedCommandStoresNothing() {
        HandrolledGameCommands games = startedGame(events);

        assertThatThrownBy(() -> games.handle(new MakeMove(gameId, "bob", "e5", T), HandlingOptions.NONE))
                .isInstanceOfSatisfying(GameRejection.class,
                        rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
        assertThat(events.streamVersion(GameStreamNames.streamId(gameId))).isEqualTo(2);
    }

    // ------------------------------------------------------------------ participants (ADR 0060)

    @Test
    void givenAParticipant_whenTheCommandLosesARaceOnce_thenItRunsOnlyInTheRetrysAppendWithTheRetrysEvents() {
        HandrolledGameCommands plain = startedGame(events);
        HandrolledGameCommands racing = games(withInterference(1,
                () -> plain.handle(new OfferDraw(gameId, "bob", T), HandlingOptions.NONE)));
        List<List<StoredEvent>> runs = new ArrayList<>();

        CommandResult<GameEvent, GameState> result = racing.handle(new MakeMove(gameId, "alice", "e4", T),
                HandlingOptions.NONE.withParticipant((connection, appended) -> runs.add(appended)));

        assertThat(result.attempts()).isEqualTo(2);
        assertThat(runs).singleElement().satisfies(appended -> {
            assertThat(appended).extracting(StoredEvent::version).containsExactly(4L, 5L);
            assertThat(appended).extracting(StoredEvent::type).containsExactly("MovePlayed", "DrawOfferLapsed");
        });
    }

    @Test
    void givenAParticipant_whenTheCommandIsRejectedOrItsIdWasAlreadyApplied_thenItNeverRuns() {
        HandrolledGameCommands games = startedGame(events);
        games.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE.withCommandId("once"));
        List<List<StoredEvent>> runs = new ArrayList<>();
        HandlingOptions participating =
                HandlingOptions.NONE.withParticipant((connection, appended) -> runs.add(appended));

        assertThatThrownBy(() -> games.handle(new MakeMove(gameId, "alice", "d4", T), participating))
                .isInstanceOf(GameRejection.class);
        CommandResult<GameEvent, GameState> repeated = games.handle(new MakeMove(gameId, "alice", "e4", T),
                participating.withCommandId("once"));

        assertThat(repeated.alreadyApplied()).isTrue();
        assertThat(runs).isEmpty();
    }

    @Test
    void givenAParticipantThatThrows_whenAPlayerJoins_thenNothingIsStoredAndNoCacheOrSnapshotHoldsTheJoin() {
        StateCache<GameState> cache = new StateCache<>(100);
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        HandrolledGameCommands games = new HandrolledGameCommands(events,
                GameRepository.on(events, snapshots, Clock.systemUTC(), cache), SnapshotPolicy.everyNEvents(1));
        String stream = GameStreamNames.streamId(gameId);
        games.handle(CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, T), HandlingOptions.NONE);
        IllegalStateException refusal = new IllegalStateException("the seat cannot be stored");

        assertThatThrownBy(() -> games.handle(new JoinGame(gameId, "bob", "Bob", T), HandlingOptions.NONE
                .withParticipant((connection, appended) -> {
                    throw refusal;
                }))).isSameAs(refusal);

        assertThat(events.streamVersion(stream)).isEqualTo(1);
        assertThat(cache.get(stream)).hasValueSatisfying(held -> assertThat(held.version()).isEqualTo(1));
        assertThat(snapshots.latest(stream)).hasValueSatisfying(
                snapshot -> assertThat(snapshot.streamVersion()).isEqualTo(1));
        CommandResult<GameEvent, GameState> joined = games.handle(new JoinGame(gameId, "carol", "Carol", T),
                HandlingOptions.NONE);
        assertThat(joined.streamVersion()).isEqualTo(2);
        assertThat(joined.events()).singleElement().isInstanceOfSatisfying(PlayerJoined.class,
                event -> assertThat(event.playerId()).isEqualTo("carol"));
    }

    @Test
    void theInMemoryStoreHandsAParticipantNoConnection() {
        List<Optional<Connection>> connections = new ArrayList<>();

        games(events).handle(CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, T),
                HandlingOptions.NONE.withParticipant((connection, appended) -> connections.add(connection)));

        assertThat(connections).containsExactly(Optional.empty());
    }

    @Test
    void commandMetadataIsStoredBesideTheEvents() {
        HandrolledGameCommands games = startedGame(events);

        games.handle(new MakeMove(gameId, "alice", "e4", T), HandlingOptions.NONE.withCommandId("cmd-1")
                .withCorrelationId("corr-1").withCausationId("cause-1").withActingPlayerId("alice"));

        assertThat(events.readStream(GameStreamNames.streamId(gameId), 3, 3)).singleElement()
                .extracting(StoredEvent::metadata)
                .isEqualTo(new EventMetadata(Optional.of("corr-1"), Optional.of("cause-1"), Optional.of("cmd-1"),
                        Optional.of("alice")));
    }
}
