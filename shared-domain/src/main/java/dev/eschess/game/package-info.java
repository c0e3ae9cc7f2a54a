/**
 * The chess game as a pure decider: {@link dev.eschess.game.GameDecider} decides commands into events and
 * evolves events into {@link dev.eschess.game.GameState}; refusals are {@link dev.eschess.game.GameRejection}s
 * with a {@link dev.eschess.game.RejectionReason}. Both event-sourcing variants wire this and nothing else.
 */
package dev.eschess.game;
