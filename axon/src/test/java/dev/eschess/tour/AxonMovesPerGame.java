package dev.eschess.tour;

import dev.eschess.game.event.MovePlayed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventHandler;

// tag::tour-ch5-axon-projection[]
/** The read model of chapter 5 on Axon: how many moves each game has; Axon's processor keeps its place. */
final class AxonMovesPerGame {

    private final Map<String, Integer> moves = new ConcurrentHashMap<>();

    @EventHandler
    void on(MovePlayed move) {
        moves.merge(move.gameId(), 1, Integer::sum);
    }

    /** The moves seen so far in the game. */
    int movesIn(String gameId) {
        return moves.getOrDefault(gameId, 0);
    }
}
// end::tour-ch5-axon-projection[]
