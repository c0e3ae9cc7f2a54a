package dev.eschess.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.ChessDecider;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.serialization.CorruptEventException;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.serialization.UpcasterChain;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.serialization.GameCreatedV1Upcaster;
import dev.eschess.handrolled.serialization.GameEventTypes;
import dev.eschess.handrolled.serialization.GameSerialization;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 3's exercise (docs/tour/3-reconstructing-state.md): take the v2-to-v3 step out of the
 * upcaster chain and load the old game again. The load fails loudly and names the missing step; no game is quietly
 * read with a field missing.
 */
class Chapter3ExerciseSolutionTest {

    private final InMemoryEventStore events = new InMemoryEventStore();

    // tag::tour-ch3-solution[]
    @Test
    void givenAnUpcasterChainWithoutTheV2Step_whenTheOldGameIsLoaded_thenTheLoadFailsAndNamesTheMissingStep() {
        OldGame.storeIn(events);
        EventSerializer<GameEvent> withoutV2Step = new EventSerializer<>(GameEventTypes.registry(),
                new UpcasterChain(List.of(new GameCreatedV1Upcaster())), GameEvent::occurredAt);
        EventSourcedRepository<GameCommand, GameEvent, GameState> repository = new EventSourcedRepository<>(
                events, withoutV2Step, new ChessDecider(), new InMemorySnapshotStore(), GameSerialization.snapshots(),
                Clock.systemUTC());

        assertThatThrownBy(() -> repository.load(OldGame.STREAM))
                .isInstanceOf(CorruptEventException.class)
                .hasMessageContaining("no upcaster for GameCreated from schema version 2");
    }
    // end::tour-ch3-solution[]

    @Test
    void givenTheServersUpcasterChain_whenTheOldGameIsLoaded_thenItLoads() {
        OldGame.storeIn(events);

        assertThat(InMemoryGames.repository(events, new InMemorySnapshotStore()).load(OldGame.STREAM).version())
                .isEqualTo(1);
    }
}
