package dev.eschess.game;

import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameResult;
import java.util.Objects;

/**
 * How a finished game ended.
 *
 * @param result the result
 * @param reason why it ended
 */
public record GameOutcome(GameResult result, EndReason reason) {

    public GameOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
    }
}
