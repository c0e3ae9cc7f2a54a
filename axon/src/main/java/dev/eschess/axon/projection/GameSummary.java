package dev.eschess.axon.projection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the lobby read model: what a list of games shows, kept by {@link GameSummaryProjection}.
 *
 * @param gameId     the game
 * @param status     {@code waiting}, {@code active} or {@code finished}
 * @param whiteName  who plays white, once seated
 * @param blackName  who plays black, once seated
 * @param moveCount  halfmoves played
 * @param result     the result's wire name once finished ({@code 1-0}, {@code 0-1}, {@code 1/2-1/2}, {@code *})
 * @param reason     the ending's wire name once finished
 * @param version    the game version this row reflects
 * @param lastChange when the last event happened
 */
public record GameSummary(String gameId, String status, Optional<String> whiteName, Optional<String> blackName,
                          int moveCount, Optional<String> result, Optional<String> reason, long version,
                          Instant lastChange) {

    public GameSummary {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(whiteName, "whiteName");
        Objects.requireNonNull(blackName, "blackName");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(lastChange, "lastChange");
    }
}
