package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.ALICE;
import static dev.eschess.tour.FoolsMate.GAME;
import static dev.eschess.tour.FoolsMate.at;
import static dev.eschess.tour.InMemoryGames.STREAM;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.core.command.VersionedState;
import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.serialization.GameSerialization;
import java.util.List;
import java.util.Optional;

/**
 * The race of chapter 4 (docs/tour/4-optimistic-concurrency.md), written out step by step so that it happens the same
 * way on every run: Alice has the game open in two browser tabs and plays e4 in one and d4 in the other at once.
 */
final class TwoTabs {

    private static final EventSerializer<GameEvent> SERIALIZER = GameSerialization.events();

    private TwoTabs() {
    }

    /**
     * What the race left behind.
     *
     * @param secondAppend the store's refusal of the second tab's append, if it refused
     * @param stored       the game's events as stored after both appends
     */
    record Outcome(Optional<ExpectedVersionConflict> secondAppend, List<GameEvent> stored) {

        /** The moves among the stored events. */
        List<MovePlayed> moves() {
            return stored.stream().filter(MovePlayed.class::isInstance).map(MovePlayed.class::cast).toList();
        }
    }

    // tag::tour-ch4-race[]
    /** Both tabs load the game, both decide a move on what they loaded, both append; on a created and joined game. */
    static Outcome race(EventStore events) {
        var games = InMemoryGames.repository(events, new InMemorySnapshotStore());
        GameDecider decider = new GameDecider();

        // 1. Both tabs load the game: version 2, White to move.
        VersionedState<GameState> tab1 = games.load(STREAM);
        VersionedState<GameState> tab2 = games.load(STREAM);
        // 2. Each tab decides its move on what it loaded. On that state, both moves are legal.
        List<GameEvent> e4 = decider.decide(new MakeMove(GAME, ALICE, "e4", at(10)), tab1.state());
        List<GameEvent> d4 = decider.decide(new MakeMove(GAME, ALICE, "d4", at(10)), tab2.state());
        // 3. Both append, each naming the version its decision was made on. The first one wins.
        events.append(STREAM, ExpectedVersion.exactly(tab1.version()), serialized(e4));
        Optional<ExpectedVersionConflict> refused = Optional.empty();
        try {
            events.append(STREAM, ExpectedVersion.exactly(tab2.version()), serialized(d4));
        } catch (ExpectedVersionConflict conflict) {
            refused = Optional.of(conflict);
        }
        return new Outcome(refused, events.readStream(STREAM).stream().map(SERIALIZER::deserialize).toList());
    }
    // end::tour-ch4-race[]

    private static List<NewEvent> serialized(List<GameEvent> decided) {
        return decided.stream().map(event -> SERIALIZER.serialize(event, EventMetadata.NONE)).toList();
    }
}
