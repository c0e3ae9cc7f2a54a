/**
 * The computer's side of games with a computer seat: a process manager on a pooled streaming event processor that
 * answers the newest event of such a game with the shared {@code ComputerOpponent}'s reply (ADR 0067).
 * Counterpart: the hand-rolled variant's process manager on its own checkpointed subscription (ADR 0066).
 */
package dev.eschess.axon.computer;
