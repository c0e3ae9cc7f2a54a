/**
 * How a game ends by rule: automatic endings and claimable draws, as pure functions of a position and the
 * repetition keys of the positions before it.
 */
package dev.eschess.chess.outcome;
