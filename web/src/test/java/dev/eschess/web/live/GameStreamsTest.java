package dev.eschess.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.EngineDescription;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.port.WriteWithEvents;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.GameView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Delivery of live game views to open streams, with connections that stand in for slow or healthy clients. */
class GameStreamsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final String GAME = "g1";
    private static final String CLIENT = "192.0.2.1";

    private final GameDecider decider = new GameDecider();
    private final RecordedGames games = new RecordedGames();
    private final BlockingQueue<RecordingEmitter> nextEmitters = new LinkedBlockingQueue<>();
    private GameStreams streams = streamsWithHeartbeat(Duration.ofMinutes(10));

    @AfterEach
    void closeStreams() {
        streams.close();
    }

    @Test
    void givenAGameInProgress_whenAStreamOpens_thenItsFirstEventIsTheCurrentView() throws Exception {
        startGameWithMoves("e2e4");

        RecordingEmitter emitter = open(new RecordingEmitter());

        assertThat(emitter.nextVersion()).isEqualTo(3);
    }

    @Test
    void givenAnOpenStream_whenTheSameChangeIsAnnouncedTwice_thenTheStreamReceivesItOnce() throws Exception {
        startGameWithMoves();
        RecordingEmitter emitter = open(new RecordingEmitter());
        assertThat(emitter.nextVersion()).isEqualTo(2);

        play("e2e4");
        streams.changed(GAME, 3);
        streams.changed(GAME, 3);

        assertThat(emitter.nextVersion()).isEqualTo(3);
        assertThat(emitter.versionWithin(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void givenAConnectionWhoseWritesStall_whenTheGameChanges_thenTheAnnouncementAndTheOtherStreamsDoNotWait()
            throws Exception {
        startGameWithMoves();
        StallingEmitter stalled = open(new StallingEmitter());
        RecordingEmitter healthy = open(new RecordingEmitter());
        assertThat(stalled.nextVersion()).isEqualTo(2);
        assertThat(healthy.nextVersion()).isEqualTo(2);
        stalled.stallFromNow();

        play("e2e4");
        assertTimeoutPreemptively(PATIENCE, () -> streams.changed(GAME, 3));
        assertThat(healthy.nextVersion()).isEqualTo(3);
        play("e7e5");
        assertTimeoutPreemptively(PATIENCE, () -> streams.changed(GAME, 4));
        assertThat(healthy.nextVersion()).isEqualTo(4);

        assertThat(stalled.versionWithin(Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void givenAStalledConnection_whenItWritesAgain_thenItCatchesUpInOrderToTheNewestView() throws Exception {
        startGameWithMoves();
        StallingEmitter stalled = open(new StallingEmitter());
        assertThat(stalled.nextVersion()).isEqualTo(2);
        stalled.stallFromNow();
        play("e2e4");
        streams.changed(GAME, 3);
        stalled.awaitStalledWrite();
        play("e7e5");
        streams.changed(GAME, 4);
        play("g1f3");
        streams.changed(GAME, 5);

        stalled.release();

        // Views that waited while the write stalled may have been replaced by newer ones (4 is usually skipped),
        // but whatever arrives comes in order, once each, and ends with the newest.
        List<Long> received = new ArrayList<>();
        received.add(stalled.nextVersion());
        while (received.getLast() < 5) {
            received.add(stalled.nextVersion());
        }
        assertThat(received).first().isEqualTo(3L);
        assertThat(received).isSorted().doesNotHaveDuplicates();
        assertThat(stalled.versionWithin(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void givenAClientAtItsLimit_whenItOpensOneMore_thenItIsRefusedUntilOneOfItsStreamsEnds() throws Exception {
        streams.close();
        streams = streams(Duration.ofMinutes(10), Duration.ofMinutes(1), new StreamQuota(2, 10, Duration.ofSeconds(7)));
        startGameWithMoves();
        FailingEmitter leaving = open(new FailingEmitter());
        open(new RecordingEmitter());

        nextEmitters.add(new RecordingEmitter());
        assertThatThrownBy(() -> streams.open(GAME, CLIENT)).isInstanceOfSatisfying(TooManyStreams.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        nextEmitters.clear();
        open(new RecordingEmitter(), "198.51.100.7");

        play("e2e4");
        streams.changed(GAME, 3); // the leaving client's write fails and its stream ends
        awaitOpenStreams(2);
        open(new RecordingEmitter());
        assertThat(streams.openStreams()).isEqualTo(3);
    }

    @Test
    void givenAServerAtItsTotalLimit_whenAnotherClientOpensAStream_thenItIsRefused() throws Exception {
        streams.close();
        streams = streams(Duration.ofMinutes(10), Duration.ofMinutes(1), new StreamQuota(2, 3, Duration.ofSeconds(7)));
        startGameWithMoves();
        open(new RecordingEmitter(), "192.0.2.1");
        open(new RecordingEmitter(), "192.0.2.2");
        open(new RecordingEmitter(), "192.0.2.3");

        nextEmitters.add(new RecordingEmitter());
        assertThatThrownBy(() -> streams.open(GAME, "192.0.2.4")).isInstanceOf(TooManyStreams.class);
    }

    @Test
    void givenAStreamWhoseWriteIsStuck_whenTheWriteTimeoutHasPassed_thenAHeartbeatClosesItAndFreesItsPlace()
            throws Exception {
        streams.close();
        streams = streams(Duration.ofMillis(50), Duration.ofMillis(300), new StreamQuota(1, 10, Duration.ofSeconds(7)));
        startGameWithMoves();
        StallingEmitter stalled = open(new StallingEmitter());
        assertThat(stalled.nextVersion()).isEqualTo(2);
        stalled.stallFromNow();
        stalled.awaitStalledWrite();

        awaitOpenStreams(0);
        RecordingEmitter next = open(new RecordingEmitter());
        assertThat(next.nextVersion()).isEqualTo(2);
        stalled.release();
    }

    @Test
    void givenAnIdleStream_whenTheHeartbeatIsDue_thenACommentLineIsWritten() throws Exception {
        streams.close();
        streams = streamsWithHeartbeat(Duration.ofMillis(50));
        startGameWithMoves();
        RecordingEmitter emitter = open(new RecordingEmitter());
        assertThat(emitter.nextVersion()).isEqualTo(2);

        assertThat(emitter.heartbeats.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void givenAClientThatWentAway_whenTheGameChanges_thenItsStreamIsForgotten() throws Exception {
        startGameWithMoves();
        FailingEmitter gone = open(new FailingEmitter());
        RecordingEmitter healthy = open(new RecordingEmitter());
        assertThat(gone.nextVersion()).isEqualTo(2);
        assertThat(healthy.nextVersion()).isEqualTo(2);
        assertThat(streams.openStreams()).isEqualTo(2);

        play("e2e4");
        streams.changed(GAME, 3);

        assertThat(healthy.nextVersion()).isEqualTo(3);
        awaitOpenStreams(1);
        assertThat(gone.failedWrites.get()).isEqualTo(1);
    }

    @Test
    void givenOpenStreams_whenClosed_thenEveryStreamIsCompleted() throws Exception {
        startGameWithMoves();
        open(new RecordingEmitter());
        open(new RecordingEmitter());
        assertThat(streams.openStreams()).isEqualTo(2);

        streams.close();

        assertThat(streams.openStreams()).isZero();
    }

    @Test
    void givenOpenStreams_whenTheApplicationStops_thenEveryStreamEndsAndANewOneEndsAtOnce() throws Exception {
        startGameWithMoves();
        RecordingEmitter open = open(new RecordingEmitter());
        assertThat(streams.isRunning()).isTrue();

        streams.stop();

        assertThat(streams.isRunning()).isFalse();
        assertThat(streams.openStreams()).isZero();
        assertThat(open.completed.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        RecordingEmitter late = open(new RecordingEmitter());
        assertThat(late.completed.getCount()).isZero();
        assertThat(streams.openStreams()).isZero();
    }

    private GameStreams streamsWithHeartbeat(Duration heartbeat) {
        return streams(heartbeat, Duration.ofMinutes(1), new StreamQuota(100, 1_000, Duration.ofSeconds(5)));
    }

    private GameStreams streams(Duration heartbeat, Duration writeTimeout, StreamQuota quota) {
        return new GameStreams(games, new GameRenderer(java.time.Clock.systemUTC()), heartbeat, writeTimeout, quota, () -> nextEmitters.remove());
    }

    private <E extends RecordingEmitter> E open(E emitter) {
        return open(emitter, CLIENT);
    }

    private <E extends RecordingEmitter> E open(E emitter, String client) {
        nextEmitters.add(emitter);
        assertThat(streams.open(GAME, client)).isSameAs(emitter);
        return emitter;
    }

    private void awaitOpenStreams(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (streams.openStreams() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(streams.openStreams()).isEqualTo(expected);
    }

    /** Creates and joins the game, then plays the moves (UCI, alternating sides). */
    private void startGameWithMoves(String... moves) {
        decideAndRecord(CreateGame.standard(GAME, "white-player", "Ada", Color.WHITE, AT));
        decideAndRecord(new JoinGame(GAME, "black-player", "Bob", AT));
        for (String move : moves) {
            play(move);
        }
    }

    private void play(String uci) {
        GameState state = games.state();
        String mover = state.position().sideToMove() == Color.WHITE ? "white-player" : "black-player";
        decideAndRecord(new MakeMove(GAME, mover, uci, AT));
    }

    private void decideAndRecord(GameCommand command) {
        games.record(decider.decide(command, games.state()));
    }

    /** One game's events in memory; the streams read them as they would read a variant's store. */
    private final class RecordedGames implements GameEngine {
        private final List<RecordedGameEvent> events = new CopyOnWriteArrayList<>();

        void record(List<GameEvent> decided) {
            decided.forEach(event -> events.add(RecordedGameEvent.of(events.size() + 1, event)));
        }

        GameState state() {
            return decider.replay(events.stream().map(RecordedGameEvent::event).toList());
        }

        @Override
        public Optional<FoldedGame> current(String gameId) {
            List<RecordedGameEvent> now = List.copyOf(events);
            return GAME.equals(gameId) && !now.isEmpty()
                    ? Optional.of(new FoldedGame(now.size(), decider.replay(now.stream().map(RecordedGameEvent::event)
                            .toList())))
                    : Optional.empty();
        }

        @Override
        public Optional<FoldedGame> at(String gameId, long version) {
            throw new UnsupportedOperationException("the streams show the game now");
        }

        @Override
        public List<RecordedGameEvent> events(String gameId, long after, int limit) {
            throw new UnsupportedOperationException("the streams render the state");
        }

        @Override
        public CommandOutcome execute(GameCommand command, CommandOptions options, WriteWithEvents write) {
            throw new UnsupportedOperationException("the streams only read");
        }

        @Override
        public EngineDescription describe() {
            throw new UnsupportedOperationException("the streams only read");
        }
    }

    /** A connection that records the versions of the views written to it and counts comment lines. */
    private static class RecordingEmitter extends SseEmitter {
        private final BlockingQueue<Long> versions = new LinkedBlockingQueue<>();
        private final CountDownLatch completed = new CountDownLatch(1);

        @Override
        public synchronized void complete() {
            completed.countDown();
            super.complete();
        }
        private final Semaphore heartbeats = new Semaphore(0);

        @Override
        public void send(SseEventBuilder event) throws IOException {
            List<Object> parts = new ArrayList<>();
            event.build().forEach(part -> parts.add(part.getData()));
            parts.stream()
                    .filter(GameView.class::isInstance)
                    .map(GameView.class::cast)
                    .findFirst()
                    .ifPresentOrElse(view -> versions.add(view.version()), heartbeats::release);
        }

        long nextVersion() throws InterruptedException {
            Long version = versions.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(version).as("a view written within %s", PATIENCE).isNotNull();
            return version;
        }

        Optional<Long> versionWithin(Duration wait) throws InterruptedException {
            return Optional.ofNullable(versions.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** A connection whose writes block, like a client that stopped reading, until released. */
    private static final class StallingEmitter extends RecordingEmitter {
        private volatile boolean stalling;
        private final CountDownLatch released = new CountDownLatch(1);
        private final CountDownLatch stalledWrite = new CountDownLatch(1);

        void stallFromNow() {
            stalling = true;
        }

        void awaitStalledWrite() throws InterruptedException {
            assertThat(stalledWrite.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }

        void release() {
            stalling = false;
            released.countDown();
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (stalling) {
                stalledWrite.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stalled", e);
                }
            }
            super.send(event);
        }
    }

    /** A connection whose client goes away after the first view: every later write fails. */
    private static final class FailingEmitter extends RecordingEmitter {
        private final AtomicInteger writes = new AtomicInteger();
        private final AtomicInteger failedWrites = new AtomicInteger();

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (writes.incrementAndGet() == 1) {
                super.send(event);
                return;
            }
            failedWrites.incrementAndGet();
            throw new IOException("broken pipe");
        }
    }
}
