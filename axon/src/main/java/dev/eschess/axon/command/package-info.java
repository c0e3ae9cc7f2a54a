/**
 * The command side of the game: the Axon aggregate delegating to the shared decider, its routing, snapshots and
 * idempotency, and the one entry for game commands. Counterpart: {@code dev.eschess.handrolled.command}.
 */
package dev.eschess.axon.command;
