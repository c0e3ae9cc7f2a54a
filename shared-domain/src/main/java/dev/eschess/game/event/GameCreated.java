package dev.eschess.game.event;

import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A player created a game, took one colour and waits for an opponent. Schema version 3: version 2 had
 * no {@code timeControl} (every such game is played without clocks); see {@code fixtures/events/README.md} for
 * version 1.
 *
 * @param gameId       the new game
 * @param creatorId    the creator's player id (not a secret)
 * @param creatorName  the name the creator plays under
 * @param creatorColor the colour the creator plays
 * @param startFen     the start position as canonical FEN, the standard one included
 * @param timeControl  the time control; empty for a game without clocks
 * @param occurredAt   the request time of the create command
 */
public record GameCreated(
        String gameId, String creatorId, String creatorName, Color creatorColor, String startFen,
        Optional<TimeControl> timeControl, Instant occurredAt)
        implements GameEvent {

    public GameCreated {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(creatorName, "creatorName");
        Objects.requireNonNull(creatorColor, "creatorColor");
        Objects.requireNonNull(startFen, "startFen");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** A game without clocks. */
    public GameCreated(String gameId, String creatorId, String creatorName, Color creatorColor, String startFen,
                       Instant occurredAt) {
        this(gameId, creatorId, creatorName, creatorColor, startFen, Optional.empty(), occurredAt);
    }
}
