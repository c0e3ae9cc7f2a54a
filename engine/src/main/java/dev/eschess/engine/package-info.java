/**
 * A small chess engine on the shared rules, with no framework: {@link dev.eschess.engine.ComputerPlayer} decides a
 * move at one of eight {@link dev.eschess.engine.level.Level levels}, deterministically for a seed.
 */
package dev.eschess.engine;
