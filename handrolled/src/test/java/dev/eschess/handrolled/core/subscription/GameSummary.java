package dev.eschess.handrolled.core.subscription;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One game as a listing shows it.
 *
 * @param gameId     the game
 * @param status     {@code waiting}, {@code active} or {@code finished}
 * @param whiteName  who plays white, if seated
 * @param blackName  who plays black, if seated
 * @param moveCount  halfmoves played
 * @param result     the result of a finished game
 * @param reason     why a finished game ended
 * @param createdAt  when it was created
 * @param lastChange when its last event happened
 */
public record GameSummary(String gameId, String status, Optional<String> whiteName, Optional<String> blackName,
                          int moveCount, Optional<String> result, Optional<String> reason, Instant createdAt,
                          Instant lastChange) {

    public GameSummary {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(whiteName, "whiteName");
        Objects.requireNonNull(blackName, "blackName");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastChange, "lastChange");
    }
}
