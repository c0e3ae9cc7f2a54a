package dev.eschess.game.event;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.util.Objects;

/**
 * A player created a game, took one colour and waits for an opponent. Schema version 2 (see
 * {@code fixtures/events/README.md} for version 1).
 *
 * @param gameId       the new game
 * @param creatorId    the creator's player id (not a secret)
 * @param creatorName  the name the creator plays under
 * @param creatorColor the colour the creator plays
 * @param startFen     the start position as canonical FEN, the standard one included
 * @param occurredAt   the request time of the create command
 */
public record GameCreated(
        String gameId, String creatorId, String creatorName, Color creatorColor, String startFen, Instant occurredAt)
        implements GameEvent {

    public GameCreated {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(creatorName, "creatorName");
        Objects.requireNonNull(creatorColor, "creatorColor");
        Objects.requireNonNull(startFen, "startFen");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
