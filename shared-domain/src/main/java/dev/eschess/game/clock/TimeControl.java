package dev.eschess.game.clock;

import java.time.Duration;
import java.util.Optional;

/**
 * A Fischer time control: each side starts with {@code limitSeconds} and gains {@code incrementSeconds} after each of
 * its moves. Any numbers can be written down; {@link #problem()} says whether a game may be played with them.
 *
 * @param limitSeconds     the time each side starts with, in seconds
 * @param incrementSeconds the time added after each move, in seconds
 */
public record TimeControl(int limitSeconds, int incrementSeconds) {

    /** The shortest limit: one second. */
    public static final int MIN_LIMIT_SECONDS = 1;
    /** The longest limit: three hours. */
    public static final int MAX_LIMIT_SECONDS = 10_800;
    /** The largest increment: three minutes. */
    public static final int MAX_INCREMENT_SECONDS = 180;

    /** The time each side starts with. */
    public Duration limit() {
        return Duration.ofSeconds(limitSeconds);
    }

    /** The time added after each move. */
    public Duration increment() {
        return Duration.ofSeconds(incrementSeconds);
    }

    /** Why a game cannot be played with this control, or empty if it can. */
    public Optional<String> problem() {
        if (limitSeconds < MIN_LIMIT_SECONDS || limitSeconds > MAX_LIMIT_SECONDS) {
            return Optional.of("the limit is " + MIN_LIMIT_SECONDS + " to " + MAX_LIMIT_SECONDS + " seconds, not "
                    + limitSeconds);
        }
        if (incrementSeconds < 0 || incrementSeconds > MAX_INCREMENT_SECONDS) {
            return Optional.of("the increment is 0 to " + MAX_INCREMENT_SECONDS + " seconds, not " + incrementSeconds);
        }
        return Optional.empty();
    }

    /** {@code 300+2}: limit and increment in seconds, as players write it. */
    @Override
    public String toString() {
        return limitSeconds + "+" + incrementSeconds;
    }
}
