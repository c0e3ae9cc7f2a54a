package dev.eschess.web.live;

import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.GameView;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code /stream} connections of this JVM, by game. {@link #changed} pushes the game's current view to
 * every subscriber that has not seen that version yet; it is safe to call more than once per version and from
 * any thread, and it is called both by the HTTP layer right after a command and by {@code LobbyProjection} for
 * every event a variant's subscription delivers (ADR 0034). Comment lines keep idle connections open through
 * proxies.
 */
public final class GameStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GameStreams.class);

    private final GameEngine engine;
    private final GameRenderer renderer;
    private final Duration timeout;
    private final ConcurrentMap<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats;

    public GameStreams(GameEngine engine, GameRenderer renderer, Duration heartbeat, Duration timeout) {
        this.engine = engine;
        this.renderer = renderer;
        this.timeout = timeout;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eschess-sse-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = heartbeat.toMillis();
        heartbeats.scheduleAtFixedRate(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for a game that exists; its first event is the current view. */
    public SseEmitter open(String gameId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(gameId, emitter);
        // Register before reading, so that a change committed in between is pushed rather than lost.
        subscribers.computeIfAbsent(gameId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> remove(subscriber));
        emitter.onError(error -> remove(subscriber));
        List<RecordedGameEvent> events = engine.events(gameId);
        subscriber.send(renderer.view(events));
        return emitter;
    }

    /** The game has reached {@code version} (or later): push its current view to whoever has not seen it. */
    public void changed(String gameId, long version) {
        Set<Subscriber> watching = subscribers.get(gameId);
        if (watching == null || watching.stream().allMatch(subscriber -> subscriber.hasSeen(version))) {
            return;
        }
        GameView view = renderer.view(engine.events(gameId));
        watching.forEach(subscriber -> subscriber.send(view));
    }

    /** The number of open streams, over all games. */
    public int openStreams() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.emitter().complete()));
        subscribers.clear();
    }

    private void beat() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::heartbeat));
    }

    private void remove(Subscriber subscriber) {
        subscribers.computeIfPresent(subscriber.gameId(), (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** One open stream; sends are serialized per stream and never go backwards in version. */
    private final class Subscriber {
        private final String gameId;
        private final SseEmitter emitter;
        private long lastSent;

        Subscriber(String gameId, SseEmitter emitter) {
            this.gameId = gameId;
            this.emitter = emitter;
        }

        String gameId() {
            return gameId;
        }

        SseEmitter emitter() {
            return emitter;
        }

        synchronized boolean hasSeen(long version) {
            return lastSent >= version;
        }

        synchronized void send(GameView view) {
            if (view.version() <= lastSent) {
                return;
            }
            try {
                emitter.send(SseEmitter.event()
                        .id(Long.toString(view.version()))
                        .name("game")
                        .data(view, MediaType.APPLICATION_JSON));
                lastSent = view.version();
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        synchronized void heartbeat() {
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        private void drop(Exception cause) {
            log.debug("closing the stream of game {}: {}", gameId, cause.toString());
            remove(this);
            emitter.completeWithError(cause);
        }
    }
}
