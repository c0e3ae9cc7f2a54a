package dev.eschess.game.command;

import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A player creates a game, takes a colour and waits for an opponent.
 *
 * @param gameId      the id of the new game, chosen by the caller
 * @param playerId    the creator's id
 * @param playerName  the name the creator plays under
 * @param color       the colour the creator takes
 * @param startFen    a start position in FEN; empty for the standard start position
 * @param timeControl the game's time control; empty for a game without clocks
 * @param requestedAt when the request arrived
 */
public record CreateGame(
        String gameId, String playerId, String playerName, Color color, Optional<String> startFen,
        Optional<TimeControl> timeControl, Instant requestedAt)
        implements GameCommand {

    public CreateGame {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(startFen, "startFen");
        Objects.requireNonNull(timeControl, "timeControl");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A game without clocks, from the start position given as FEN or the standard one. */
    public CreateGame(String gameId, String playerId, String playerName, Color color, Optional<String> startFen,
                      Instant requestedAt) {
        this(gameId, playerId, playerName, color, startFen, Optional.empty(), requestedAt);
    }

    /** A game without clocks from the standard start position. */
    public static CreateGame standard(String gameId, String playerId, String playerName, Color color, Instant requestedAt) {
        return new CreateGame(gameId, playerId, playerName, color, Optional.empty(), requestedAt);
    }
}
