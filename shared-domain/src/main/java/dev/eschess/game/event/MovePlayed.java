package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

// tag::tour-move-played[]
/**
 * A player made a legal move. It carries the move in both notations and the position after it, so that
 * move lists, PGN, boards and lobbies can be projected without running the chess rules (ADR 0002).
 *
 * @param gameId     the game
 * @param ply        the number of this halfmove in the game, 1 for the first move played from the start position
 * @param color      the side that moved
 * @param uci        the move in UCI, e.g. {@code e2e4}, {@code e7e8q}, {@code e1g1}
 * @param san        the move in canonical SAN, e.g. {@code e4}, {@code exd8=Q+}, {@code O-O}, {@code Qh4#}
 * @param fenAfter   the position after the move as canonical FEN
 * @param occurredAt the request time of the move command
 */
public record MovePlayed(String gameId, int ply, Color color, String uci, String san, String fenAfter, Instant occurredAt)
        implements GameEvent {

    public MovePlayed {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(san, "san");
        Objects.requireNonNull(fenAfter, "fenAfter");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (ply < 1) {
            throw new IllegalArgumentException("ply starts at 1, was " + ply);
        }
    }
}
// end::tour-move-played[]
