/**
 * The command side of the game: the shared decider adapted to the core's {@code Decider}, and the one entry for
 * game commands. Counterpart: {@code dev.eschess.axon.command} (the Axon aggregate).
 */
package dev.eschess.handrolled.command;
