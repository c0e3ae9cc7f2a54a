/**
 * The computer opponent's process manager on the core: a projection of the log keeps a {@code computer-turn}
 * deadline, due at once, for every game where the computer has something to do, and the computer's runners claim
 * them from the core's deadline table (ADR 0066). Counterpart: the Axon variant's computer event processor.
 */
package dev.eschess.handrolled.computer;
