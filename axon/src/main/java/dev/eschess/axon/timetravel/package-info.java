/**
 * A game's recorded events read back from Axon's storage engine, all of them or a range of versions.
 * Counterpart: {@code dev.eschess.handrolled.timetravel}.
 */
package dev.eschess.axon.timetravel;
