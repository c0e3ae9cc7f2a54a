/**
 * Chess clocks as values: a {@link dev.eschess.game.clock.TimeControl} chosen at creation and the
 * {@link dev.eschess.game.clock.GameClock} folded from the game's events. Pure arithmetic on the instants the events
 * carry; nothing here reads a clock (ADR 0061).
 */
package dev.eschess.game.clock;
