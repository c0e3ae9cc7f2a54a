package dev.eschess.axon.timetravel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.eschess.axon.command.GameAggregate;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A game's past from Axon's storage engine: its recorded events by version range, and the game now or as it was at
 * version N, folded with the shared {@code evolve} from the latest snapshot (if it is not newer than N) plus the
 * events after it. The game now comes from a per-process cache of folded games plus whatever was stored after it
 * (one indexed read, usually of one event). The counterpart of the hand-rolled variant's {@code HandrolledGameHistory}.
 */
@Component
public class AxonGameHistory {

    private static final GameDecider DECIDER = new GameDecider();

    private final EventStorageEngine storageEngine;
    private final Cache<String, VersionedGame> recent;

    /** The history of the games in {@code storageEngine}, keeping up to {@code cachedGames} folded games in memory. */
    public AxonGameHistory(EventStorageEngine storageEngine,
                           @Value("${eschess.axon.cache.games:10000}") long cachedGames) {
        this.storageEngine = storageEngine;
        this.recent = Caffeine.newBuilder().maximumSize(cachedGames).build();
    }

    /** The events with versions {@code from..to} (both included), in order; fewer if the game is shorter. */
    public List<StoredGameEvent> events(String gameId, long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a version range: " + from + ".." + to);
        }
        return stored(storageEngine.readEvents(gameId, from - 1)).limit(to - from + 1).toList();
    }

    /** The game now; empty for a game without events. */
    public Optional<VersionedGame> current(String gameId) {
        VersionedGame cached = recent.getIfPresent(gameId);
        Optional<VersionedGame> now = cached == null ? Optional.empty() : caughtUp(gameId, cached);
        if (now.isPresent() && now.get().version() == cached.version()) {
            return now;
        }
        if (now.isEmpty()) {
            now = folded(gameId, Long.MAX_VALUE);
        }
        now.ifPresent(game -> remember(gameId, game));
        return now;
    }

    /**
     * The cached game with the events stored after it folded in, read along the (game, sequence) index from the
     * cached game's last event on; empty when that event is not where the cache says (then the cache is no help).
     */
    private Optional<VersionedGame> caughtUp(String gameId, VersionedGame cached) {
        Iterator<? extends DomainEventMessage<?>> tail = storageEngine.readEvents(gameId, cached.version() - 1);
        if (!tail.hasNext() || tail.next().getSequenceNumber() != cached.version() - 1) {
            return Optional.empty();
        }
        return Optional.of(folded(cached, tail, Long.MAX_VALUE));
    }

    /** Keeps a game this process has just folded (a command's result), so the next read starts from it. */
    public void remember(String gameId, VersionedGame game) {
        recent.asMap().merge(gameId, game, (old, candidate) -> candidate.version() >= old.version() ? candidate : old);
    }

    // tag::cmp-time-travel[]
    /** The game after its first {@code version} events; empty if it has fewer (or none). */
    public Optional<VersionedGame> at(String gameId, long version) {
        return version < 1 ? Optional.empty()
                : folded(gameId, version).filter(game -> game.version() == version);
    }
    // end::cmp-time-travel[]

    // tag::cmp-time-travel-fold[]
    private Optional<VersionedGame> folded(String gameId, long maxVersion) {
        GameState state = DECIDER.initialState();
        long version = 0;
        // Axon keeps the latest snapshot only, already filtered to the current revision (ADR 0025).
        Optional<DomainEventMessage<?>> snapshot = storageEngine.readSnapshot(gameId);
        if (snapshot.isPresent() && snapshot.get().getSequenceNumber() + 1 <= maxVersion
                && snapshot.get().getPayload() instanceof GameAggregate aggregate) {
            state = GameState.fromSnapshot(aggregate.toSnapshot().state());
            version = snapshot.get().getSequenceNumber() + 1;
        }
        VersionedGame game = folded(new VersionedGame(version, state), storageEngine.readEvents(gameId, version),
                maxVersion);
        return game.version() == 0 ? Optional.empty() : Optional.of(game);
    }
    // end::cmp-time-travel-fold[]

    /** {@code start} with the events of {@code tail} (those right after it) folded in, up to {@code maxVersion}. */
    private static VersionedGame folded(VersionedGame start, Iterator<? extends DomainEventMessage<?>> tail,
                                        long maxVersion) {
        GameState folded = start.state();
        long at = start.version();
        while (at < maxVersion && tail.hasNext()) {
            DomainEventMessage<?> message = tail.next();
            folded = DECIDER.evolve(folded, (GameEvent) message.getPayload());
            at = message.getSequenceNumber() + 1;
        }
        return new VersionedGame(at, folded);
    }

    private static Stream<StoredGameEvent> stored(DomainEventStream stream) {
        return stream.asStream().map(message -> {
            GameEvent event = (GameEvent) message.getPayload();
            return new StoredGameEvent(message.getSequenceNumber() + 1, GameEventType.of(event).typeName(),
                    event.occurredAt(), event);
        });
    }
}
