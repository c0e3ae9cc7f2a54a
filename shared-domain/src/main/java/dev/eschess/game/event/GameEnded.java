package dev.eschess.game.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The game is over: the one explicit event of every ending, whatever caused it (a move, a resignation, an
 * accepted offer, a claim or an abort).
 *
 * @param gameId     the game
 * @param result     the result, {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *} for an aborted game
 * @param reason     why the game ended
 * @param occurredAt the request time of the command that ended it
 */
public record GameEnded(String gameId, GameResult result, EndReason reason, Instant occurredAt) implements GameEvent {

    public GameEnded {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
