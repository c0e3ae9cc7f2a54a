package dev.eschess.game.command;

import dev.eschess.chess.Color;
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
 * @param requestedAt when the request arrived
 */
public record CreateGame(
        String gameId, String playerId, String playerName, Color color, Optional<String> startFen, Instant requestedAt)
        implements GameCommand {

    public CreateGame {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(startFen, "startFen");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A game from the standard start position. */
    public static CreateGame standard(String gameId, String playerId, String playerName, Color color, Instant requestedAt) {
        return new CreateGame(gameId, playerId, playerName, color, Optional.empty(), requestedAt);
    }
}
