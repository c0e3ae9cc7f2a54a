package dev.eschess.tour;

import static dev.eschess.tour.FoolsMate.GAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.subscription.Projection;
import dev.eschess.handrolled.serialization.GameSerialization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 5's exercise (docs/tour/5-beyond.md): a projection that moves its checkpoint but does not
 * skip what it has already seen counts a batch delivered twice twice. Subscriptions deliver at least once, so a
 * projection must be idempotent.
 */
class Chapter5ExerciseSolutionTest {

    // tag::tour-ch5-solution[]
    /** Like {@link MovesPerGame}, but it applies every event it is given, seen or not. */
    static final class ForgetfulMovesPerGame implements Projection {

        private final EventSerializer<GameEvent> serializer = GameSerialization.events();
        private final Map<String, Integer> moves = new HashMap<>();
        private long checkpoint;

        @Override
        public String name() {
            return "forgetful-moves-per-game";
        }

        @Override
        public long checkpoint() {
            return checkpoint;
        }

        @Override
        public void apply(List<StoredEvent> batch) {
            for (StoredEvent stored : batch) {
                if (serializer.deserialize(stored) instanceof MovePlayed move) {
                    moves.merge(move.gameId(), 1, Integer::sum);
                }
                checkpoint = stored.position();
            }
        }

        @Override
        public void reset() {
            moves.clear();
            checkpoint = 0;
        }

        int movesIn(String gameId) {
            return moves.getOrDefault(gameId, 0);
        }
    }

    @Test
    void givenAProjectionThatDoesNotSkipWhatItHasSeen_whenABatchIsDeliveredTwice_thenEveryMoveIsCountedTwice() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemoryGames.play(InMemoryGames.commands(events), FoolsMate.commands());
        List<StoredEvent> batch = events.readAll(1, 100);
        ForgetfulMovesPerGame forgetful = new ForgetfulMovesPerGame();

        forgetful.apply(batch);
        forgetful.apply(batch);

        assertThat(forgetful.movesIn(GAME)).isEqualTo(8);
    }
    // end::tour-ch5-solution[]
}
