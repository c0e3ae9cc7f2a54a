package dev.eschess.benchmarks.engines;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A long game in the hand-rolled in-memory stores, loaded by the server's repository without its state cache: the
 * latest snapshot (JSON, read back with the game's snapshot codec) plus the events after it, or every event.
 */
final class HandrolledStoredGame implements StoredGame {

    private final String streamId = GameStreamNames.streamId(GAME_ID);
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> repository;

    HandrolledStoredGame(LongGames.LongGame game, boolean withSnapshot) {
        InMemoryEventStore store = new InMemoryEventStore();
        repository = GameRepository.on(store, new InMemorySnapshotStore(), Clock.systemUTC(), StateCache.none());
        List<NewEvent> events = serialized(game);
        int snapshotAt = withSnapshot ? StoredGame.snapshotVersion(events.size()) : 0;
        if (snapshotAt > 0) {
            store.append(streamId, ExpectedVersion.noStream(), events.subList(0, snapshotAt));
            repository.snapshot(streamId, repository.load(streamId));
        }
        if (snapshotAt < events.size()) {
            store.append(streamId, ExpectedVersion.exactly(snapshotAt), events.subList(snapshotAt, events.size()));
        }
        if (load() != events.size()) {
            throw new IllegalStateException("the stored game does not load at version " + events.size());
        }
    }

    /** Each event with the acting player of the command that caused it, as the command path stores it. */
    private static List<NewEvent> serialized(LongGames.LongGame game) {
        EventSerializer<GameEvent> serializer = GameSerialization.events();
        List<NewEvent> events = new ArrayList<>(game.events().size());
        for (int i = 0; i < game.events().size(); i++) {
            EventMetadata metadata = new EventMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(game.script().commands().get(i).playerId()));
            events.add(serializer.serialize(game.events().get(i), metadata));
        }
        return events;
    }

    @Override
    public long load() {
        return repository.load(streamId).version();
    }

    @Override
    public void close() {
    }
}
