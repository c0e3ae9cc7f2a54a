package dev.eschess.tour;

import static dev.eschess.tour.InMemoryGames.STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.Seat;
import dev.eschess.handrolled.core.command.VersionedState;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.support.ForwardingEventStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 3 of the tour (docs/tour/3-reconstructing-state.md): the state of a game is never stored as such; it is
 * rebuilt from the events on every load, from a snapshot when there is one, and old events are upcast on the way.
 */
class Chapter3ReconstructingStateTest {

    private final InMemoryEventStore events = new InMemoryEventStore();
    private final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();

    // tag::tour-ch3-setup[]
    @BeforeEach
    void playFoolsMateWithASnapshotEveryFourEvents() {
        InMemoryGames.play(InMemoryGames.commands(events, snapshots, 4), FoolsMate.commands());
    }
    // end::tour-ch3-setup[]

    @Test
    void givenAPlayedGame_whenItsStreamIsRead_thenEachEventIsStoredAsJsonWithItsTypeNameAndSchemaVersion() {
        StoredEvent first = events.readStream(STREAM).getFirst();

        assertThat(events.readStream(STREAM)).hasSize(7);
        assertThat(first.type()).isEqualTo("GameCreated");
        assertThat(first.schemaVersion()).isEqualTo(3);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.payload()).contains("\"creatorName\":\"Alice\"");
    }

    // tag::tour-ch3-replay[]
    @Test
    void givenAPlayedGame_whenItIsLoadedWithoutSnapshots_thenReplayingItsEventsGivesTheGameAsItWasPlayed() {
        VersionedState<GameState> loaded = InMemoryGames.repository(events, new InMemorySnapshotStore()).load(STREAM);

        assertThat(loaded.version()).isEqualTo(7);
        assertThat(loaded.state()).isEqualTo(new GameDecider().replay(FoolsMate.events()));
    }
    // end::tour-ch3-replay[]

    // tag::tour-ch3-snapshot[]
    @Test
    void givenASnapshotAtVersionFour_whenTheGameIsLoaded_thenOnlyTheEventsAfterTheSnapshotAreRead() {
        List<Long> readFromVersion = new ArrayList<>();
        EventStore watched = new ForwardingEventStore(events) {
            @Override
            public List<StoredEvent> readStream(String streamId, long fromVersion, long toVersion) {
                readFromVersion.add(fromVersion);
                return super.readStream(streamId, fromVersion, toVersion);
            }
        };

        VersionedState<GameState> loaded = InMemoryGames.repository(watched, snapshots).load(STREAM);

        assertThat(snapshots.latest(STREAM)).hasValueSatisfying(
                snapshot -> assertThat(snapshot.streamVersion()).isEqualTo(4));
        assertThat(readFromVersion).containsExactly(5L);
        assertThat(loaded).isEqualTo(InMemoryGames.repository(events, snapshots).replay(STREAM));
    }
    // end::tour-ch3-snapshot[]

    // tag::tour-ch3-upcasting[]
    @Test
    void givenAGameCreatedStoredInSchemaVersion2_whenTheGameIsLoaded_thenItIsReadInTodaysShape() {
        OldGame.storeIn(events);

        GameState old = InMemoryGames.repository(events, snapshots).load(OldGame.STREAM).state();

        assertThat(old.status()).isEqualTo(GameStatus.WAITING);
        assertThat(old.creator()).contains(new Seat("alice", "Alice"));
        assertThat(old.clock()).isEmpty();
        assertThat(events.readStream(OldGame.STREAM).getFirst().schemaVersion()).isEqualTo(2);
    }
    // end::tour-ch3-upcasting[]
}
