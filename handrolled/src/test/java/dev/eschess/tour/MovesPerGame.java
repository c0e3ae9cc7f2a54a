package dev.eschess.tour;

import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.subscription.ProcessLocalProjection;
import dev.eschess.handrolled.serialization.GameSerialization;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// tag::tour-ch5-projection[]
/** A read model of chapter 5: how many moves each game has, fed from the global log; starts at position 0. */
final class MovesPerGame extends ProcessLocalProjection {

    private final EventSerializer<GameEvent> serializer = GameSerialization.events();
    private final Map<String, Integer> moves = new ConcurrentHashMap<>();

    MovesPerGame() {
        super("moves-per-game", 0);
    }

    @Override
    protected void handle(StoredEvent stored) {
        if (serializer.deserialize(stored) instanceof MovePlayed move) {
            moves.merge(move.gameId(), 1, Integer::sum);
        }
    }

    /** The moves seen so far in the game. */
    int movesIn(String gameId) {
        return moves.getOrDefault(gameId, 0);
    }
}
// end::tour-ch5-projection[]
