package dev.eschess.web.live;

import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.GameView;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code /stream} connections of this JVM, by game, and the delivery of new game views to them (ADR 0034).
 *
 * <p>{@link #changed} is called by the HTTP layer right after a command and by {@code LobbyProjection} for every
 * event a variant's subscription delivers. It is safe to call more than once per version and from any thread, and
 * it never waits for a connection: it only hands work to virtual threads and returns. Off the caller's thread, the
 * game's view is rendered once per change (changes that arrive while a rendering runs are folded into one more
 * rendering, not one each) and offered to every subscriber that has not seen that version yet.
 *
 * <p>Each subscriber has its own writer and a slot for one waiting view, so one connection that stalls (a full
 * TCP buffer blocks its write until the container's write timeout) delays nobody else: not the mover, not the
 * lobby projection, not the other subscribers, not the heartbeats. A newer view replaces a waiting one, so a
 * stalled subscriber holds at most one view and, once it writes again, jumps to the newest. A subscriber never
 * receives a version twice or out of order, and the first event of a stream is the game's current view. Streams
 * register before the first read, so a change committed in between is pushed rather than lost. Comment lines keep
 * idle connections open through proxies; they go through the same per-subscriber writer.
 *
 * <p>Streams are bounded (ADR 0057): a {@link StreamQuota} per client address and in total refuses one stream too
 * many with {@link TooManyStreams}, every stream ends after its timeout (the browser reconnects), and a stream whose
 * write has been stuck for the write timeout (a client that stopped reading) is closed at the next heartbeat.
 */
public final class GameStreams implements AutoCloseable, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GameStreams.class);

    /** How long {@link #close} lets writes in progress finish before interrupting them. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private final GameEngine engine;
    private final GameRenderer renderer;
    private final Supplier<SseEmitter> emitters;
    private final StreamQuota quota;
    private final Duration writeTimeout;
    private final ConcurrentMap<String, Audience> audiences = new ConcurrentHashMap<>();
    private final ExecutorService deliveries;
    private final ScheduledExecutorService heartbeats;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Streams of {@code engine}'s games.
     *
     * @param heartbeat    how often an idle stream gets a comment line
     * @param timeout      how long a stream lives before the client has to reconnect
     * @param writeTimeout how long one write may be stuck before the stream is closed
     * @param quota        how many streams may be open at once, per client and in total
     */
    public GameStreams(GameEngine engine, GameRenderer renderer, Duration heartbeat, Duration timeout,
                       Duration writeTimeout, StreamQuota quota) {
        this(engine, renderer, heartbeat, writeTimeout, quota, () -> new SseEmitter(timeout.toMillis()));
    }

    /** With a given source of emitters, so that a test can stand in a connection whose writes stall. */
    GameStreams(GameEngine engine, GameRenderer renderer, Duration heartbeat, Duration writeTimeout,
                StreamQuota quota, Supplier<SseEmitter> emitters) {
        this.engine = engine;
        this.renderer = renderer;
        this.emitters = emitters;
        this.quota = quota;
        this.writeTimeout = writeTimeout;
        // One virtual thread per rendering and per busy writer: a write blocked on a slow client costs a parked
        // virtual thread, not a pooled platform thread that others wait for.
        this.deliveries = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("eschess-sse-", 0).factory());
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eschess-sse-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = heartbeat.toMillis();
        heartbeats.scheduleAtFixedRate(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream of {@code client} for a game that exists; its first event is the current view.
     *
     * @throws TooManyStreams if the client or the server holds as many streams as the quota allows
     */
    public SseEmitter open(String gameId, String client) {
        if (closed.get()) {
            // This instance is stopping: an empty stream that ends at once sends the client to reconnect elsewhere.
            SseEmitter emitter = emitters.get();
            emitter.complete();
            return emitter;
        }
        StreamQuota.Ticket ticket = quota.take(client).orElseThrow(() -> new TooManyStreams(
                "too many live streams are open, from this client or on this server; try again later",
                quota.retryAfter()));
        SseEmitter emitter;
        try {
            emitter = emitters.get();
        } catch (RuntimeException e) {
            ticket.giveBack();
            throw e;
        }
        Subscriber subscriber = new Subscriber(gameId, emitter, ticket);
        // Register before reading, so that a change committed in between is pushed rather than lost.
        audiences.compute(gameId, (id, audience) -> {
            Audience joined = audience == null ? new Audience(id) : audience;
            joined.subscribers.add(subscriber);
            return joined;
        });
        emitter.onCompletion(subscriber::end);
        emitter.onTimeout(subscriber::end);
        emitter.onError(error -> subscriber.end());
        try {
            subscriber.offer(currentView(gameId));
        } catch (RuntimeException e) {
            subscriber.end();
            throw e;
        }
        return emitter;
    }

    /** The game has reached {@code version} (or later): have its current view pushed to whoever has not seen it. */
    public void changed(String gameId, long version) {
        Audience audience = audiences.get(gameId);
        if (audience != null && !audience.allHaveSeen(version)) {
            audience.render(version);
        }
    }

    /** The game's view now, from the engine's current state (no fold of the stream here). */
    private GameView currentView(String gameId) {
        FoldedGame game = engine.current(gameId)
                .orElseThrow(() -> new IllegalStateException("game " + gameId + " has no events"));
        return renderer.view(game.state(), game.version());
    }

    /** The number of open streams, over all games. */
    public int openStreams() {
        return audiences.values().stream().mapToInt(audience -> audience.subscribers.size()).sum();
    }

    /** Nothing to start: streams open on demand. */
    @Override
    public void start() {
    }

    /**
     * Ends every open stream as the application begins to stop. This runs before the web server's graceful
     * shutdown (a higher phase stops first), which would otherwise wait for these never-ending responses until its
     * timeout; clients reconnect, to another instance if there is one.
     */
    @Override
    public void stop() {
        close();
    }

    @Override
    public boolean isRunning() {
        return !closed.get();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        heartbeats.shutdownNow();
        List<Subscriber> open = audiences.values().stream()
                .flatMap(audience -> audience.subscribers.stream())
                .toList();
        audiences.clear();
        // Completing an emitter waits for a write in progress on it, so each is completed on its own thread.
        open.forEach(subscriber -> {
            if (!submit(subscriber::complete)) {
                subscriber.complete();
            }
        });
        deliveries.shutdown();
        try {
            if (!deliveries.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                deliveries.shutdownNow();
            }
        } catch (InterruptedException e) {
            deliveries.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void beat() {
        long now = System.nanoTime();
        audiences.values().forEach(audience -> audience.subscribers.forEach(subscriber -> {
            if (!subscriber.dropIfStuckSince(now - writeTimeout.toNanos())) {
                subscriber.heartbeat();
            }
        }));
    }

    private void remove(Subscriber subscriber) {
        audiences.computeIfPresent(subscriber.gameId, (id, audience) -> {
            audience.subscribers.remove(subscriber);
            return audience.subscribers.isEmpty() ? null : audience;
        });
    }

    /** Runs the task on a virtual thread of its own; false once this object is closed. */
    private boolean submit(Runnable task) {
        try {
            deliveries.execute(task);
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    private static SseEmitter.SseEventBuilder gameEvent(GameView view) {
        return SseEmitter.event()
                .id(Long.toString(view.version()))
                .name("game")
                .data(view, MediaType.APPLICATION_JSON);
    }

    private static SseEmitter.SseEventBuilder heartbeatComment() {
        return SseEmitter.event().comment("heartbeat");
    }

    /**
     * The subscribers of one game and its rendering: at most one rendering runs at a time, and the changes that
     * arrive meanwhile cause at most one more.
     */
    private final class Audience {
        private final String gameId;
        private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
        private final ReentrantLock lock = new ReentrantLock();
        /** Whether a rendering runs; guarded by {@link #lock}. */
        private boolean rendering;
        /** The highest version asked for while a rendering ran, 0 if none; guarded by {@link #lock}. */
        private long requested;

        Audience(String gameId) {
            this.gameId = gameId;
        }

        boolean allHaveSeen(long version) {
            return subscribers.stream().allMatch(subscriber -> subscriber.hasSeen(version));
        }

        void render(long version) {
            lock.lock();
            try {
                if (rendering) {
                    requested = Math.max(requested, version);
                    return;
                }
                rendering = true;
                requested = 0;
            } finally {
                lock.unlock();
            }
            if (!submit(this::renderUntilCurrent)) {
                finish();
            }
        }

        private void renderUntilCurrent() {
            long rendered;
            do {
                rendered = renderAndOffer();
            } while (askedForMore(rendered));
        }

        /** Renders the current view and offers it to every subscriber; the version rendered, 0 if that failed. */
        private long renderAndOffer() {
            GameView view;
            try {
                view = currentView(gameId);
            } catch (RuntimeException e) {
                // The caller's command has been stored; its answer must not fail because a live view could not be
                // read. Streams catch up with the next change, or with the current view when browsers reconnect.
                log.warn("could not render game {} for its live streams", gameId, e);
                return 0;
            }
            subscribers.forEach(subscriber -> subscriber.offer(view));
            return view.version();
        }

        /** Whether a change newer than the rendered version arrived during the rendering; if not, it ends. */
        private boolean askedForMore(long rendered) {
            lock.lock();
            try {
                if (requested > rendered) {
                    // The rendering may have read before that change was committed: read once more.
                    requested = 0;
                    return true;
                }
                rendering = false;
                return false;
            } finally {
                lock.unlock();
            }
        }

        private void finish() {
            lock.lock();
            try {
                rendering = false;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * One open stream. Views are written by at most one thread at a time, in increasing version order; a view
     * offered while a write is in progress waits in a single slot, where a newer view replaces it. The lock guards
     * only that bookkeeping and is never held while writing (a {@code ReentrantLock}, not {@code synchronized},
     * so that no virtual thread pins its carrier here).
     */
    private final class Subscriber {
        private final String gameId;
        private final SseEmitter emitter;
        private final StreamQuota.Ticket ticket;
        private final ReentrantLock lock = new ReentrantLock();
        /** When the write in progress began ({@link System#nanoTime}), or 0 while none is. */
        private volatile long writingSince;
        /** The newest version written, being written or waiting; 0 before the first view. Written under lock. */
        private volatile long accepted;
        /** The view to write next; guarded by {@link #lock}. */
        private Optional<GameView> waiting = Optional.empty();
        /** Whether a comment line is due; guarded by {@link #lock}. */
        private boolean heartbeatDue;
        /** Whether a writer runs for this stream; guarded by {@link #lock}. */
        private boolean writing;
        /** Whether the stream ended; guarded by {@link #lock}. */
        private boolean ended;

        Subscriber(String gameId, SseEmitter emitter, StreamQuota.Ticket ticket) {
            this.gameId = gameId;
            this.emitter = emitter;
            this.ticket = ticket;
        }

        /** Closes this stream if a write has been stuck since before {@code deadline}; whether it did. */
        boolean dropIfStuckSince(long deadline) {
            long since = writingSince;
            if (since == 0 || since - deadline > 0) {
                return false;
            }
            drop(new IOException("a write was stuck for longer than " + writeTimeout));
            return true;
        }

        boolean hasSeen(long version) {
            return accepted >= version;
        }

        /** Queues the view for writing unless this stream has it or a newer one already. Never blocks on IO. */
        void offer(GameView view) {
            boolean startWriter;
            lock.lock();
            try {
                if (ended || view.version() <= accepted) {
                    return;
                }
                accepted = view.version();
                waiting = Optional.of(view);
                startWriter = claimWriter();
            } finally {
                lock.unlock();
            }
            if (startWriter) {
                startWriter();
            }
        }

        /** Asks for a comment line, unless a write is due anyway or the first view has not been accepted yet. */
        void heartbeat() {
            boolean startWriter;
            lock.lock();
            try {
                if (ended || accepted == 0) {
                    return;
                }
                heartbeatDue = true;
                startWriter = claimWriter();
            } finally {
                lock.unlock();
            }
            if (startWriter) {
                startWriter();
            }
        }

        /** The stream ended on the client's or the container's side: forget it. */
        void end() {
            lock.lock();
            try {
                ended = true;
                waiting = Optional.empty();
            } finally {
                lock.unlock();
            }
            remove(this);
            ticket.giveBack();
        }

        /** Ends the stream from this side, on shutdown. */
        void complete() {
            end();
            emitter.complete();
        }

        private boolean claimWriter() {
            if (writing) {
                return false;
            }
            writing = true;
            return true;
        }

        private void startWriter() {
            if (!submit(this::writeWhileDue)) {
                lock.lock();
                try {
                    writing = false;
                } finally {
                    lock.unlock();
                }
                complete();
            }
        }

        /** Writes the waiting view (or else a due comment line) until nothing is due. */
        private void writeWhileDue() {
            while (true) {
                SseEmitter.SseEventBuilder next;
                lock.lock();
                try {
                    if (ended || (waiting.isEmpty() && !heartbeatDue)) {
                        writing = false;
                        return;
                    }
                    // A view is as good as a comment line for keeping the connection open.
                    next = waiting.map(GameStreams::gameEvent).orElseGet(GameStreams::heartbeatComment);
                    waiting = Optional.empty();
                    heartbeatDue = false;
                } finally {
                    lock.unlock();
                }
                writingSince = System.nanoTime() | 1; // never 0, which means "not writing"
                try {
                    emitter.send(next);
                } catch (IOException | IllegalStateException e) {
                    drop(e);
                    return;
                } finally {
                    writingSince = 0;
                }
            }
        }

        private void drop(Exception cause) {
            log.debug("closing the stream of game {}: {}", gameId, cause.toString());
            end();
            emitter.completeWithError(cause);
        }
    }
}
