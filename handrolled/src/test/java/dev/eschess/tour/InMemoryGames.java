package dev.eschess.tour;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.SnapshotStore;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.time.Clock;
import java.util.List;

/**
 * The hand-rolled server's command side as the tour uses it: the real classes on stores in memory, without Spring,
 * HTTP or a database, and without the state cache, so that every load reads the stores.
 */
final class InMemoryGames {

    /** The stream of fool's mate: one stream per game, named after it. */
    static final String STREAM = GameStreamNames.streamId(FoolsMate.GAME);

    private InMemoryGames() {
    }

    // tag::tour-wiring[]
    /** The server's command handling for games on {@code events}, a snapshot every {@code snapshotEvery} events. */
    static HandrolledGameCommands commands(EventStore events, SnapshotStore snapshots, int snapshotEvery) {
        return new HandrolledGameCommands(events, repository(events, snapshots),
                SnapshotPolicy.everyNEvents(snapshotEvery));
    }

    /** Loads games from the stores: latest snapshot plus the events after it. */
    static EventSourcedRepository<GameCommand, GameEvent, GameState> repository(EventStore events,
                                                                               SnapshotStore snapshots) {
        return GameRepository.on(events, snapshots, Clock.systemUTC(), StateCache.none());
    }
    // end::tour-wiring[]

    /** The server's command handling without snapshots worth mentioning (one every 1,000 events). */
    static HandrolledGameCommands commands(EventStore events) {
        return commands(events, new InMemorySnapshotStore(), 1_000);
    }

    /** Sends each command as a player would, with no expected version and no command id. */
    static void play(HandrolledGameCommands games, List<GameCommand> commands) {
        commands.forEach(command -> games.handle(command, HandlingOptions.NONE));
    }
}
