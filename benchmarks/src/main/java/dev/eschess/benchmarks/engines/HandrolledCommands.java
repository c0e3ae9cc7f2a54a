package dev.eschess.benchmarks.engines;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import java.time.Clock;
import java.util.UUID;

/**
 * The hand-rolled core as the hand-rolled server wires it ({@link GameRepository}, {@link HandrolledGameCommands}:
 * state cache, snapshot policy, the game's JSON serializers), on its in-memory event and snapshot stores, which keep
 * every event and snapshot as JSON text.
 */
final class HandrolledCommands implements CommandPath {

    private HandrolledGameCommands commands;

    HandrolledCommands() {
        newGame();
    }

    @Override
    public void newGame() {
        InMemoryEventStore store = new InMemoryEventStore();
        EventSourcedRepository<GameCommand, GameEvent, GameState> repository = GameRepository.on(store,
                new InMemorySnapshotStore(), Clock.systemUTC(), new StateCache<>(EngineBenchmarkSettings.HANDROLLED_CACHED_GAMES));
        commands = new HandrolledGameCommands(store, repository, SnapshotPolicy.everyNEvents(EngineBenchmarkSettings.SNAPSHOT_EVERY));
    }

    @Override
    public long send(GameCommand command) {
        // The metadata the hand-rolled server stores, as Axon's stores its own: acting player, correlation, causation.
        String messageId = UUID.randomUUID().toString();
        return commands.handle(command, HandlingOptions.NONE.withActingPlayerId(command.playerId())
                .withCorrelationId(messageId).withCausationId(messageId)).streamVersion();
    }

    @Override
    public void close() {
    }
}
