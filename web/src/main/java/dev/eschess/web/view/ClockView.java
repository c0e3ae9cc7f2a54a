package dev.eschess.web.view;

/**
 * A game's clocks in the API's view, computed for the moment of the answer.
 *
 * @param limit     the time control's limit in seconds
 * @param increment the time control's increment in seconds
 * @param white     White's time left in milliseconds
 * @param black     Black's time left in milliseconds
 * @param running   {@code white} or {@code black} while that side's time runs, else null (before the first move
 *                  and after the end)
 */
public record ClockView(int limit, int increment, long white, long black, String running) {
}
