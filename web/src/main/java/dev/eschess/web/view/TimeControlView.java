package dev.eschess.web.view;

import dev.eschess.game.clock.TimeControl;

/**
 * A time control as the API writes it (in events and the lobby).
 *
 * @param limit     seconds each side starts with
 * @param increment seconds added after each move
 */
public record TimeControlView(int limit, int increment) {

    /** The view of a time control. */
    public static TimeControlView of(TimeControl control) {
        return new TimeControlView(control.limitSeconds(), control.incrementSeconds());
    }
}
