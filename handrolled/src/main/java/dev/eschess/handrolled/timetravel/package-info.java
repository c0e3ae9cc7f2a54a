/**
 * A game's recorded events read back, all of them or up to a version.
 * Counterpart: {@code dev.eschess.axon.timetravel}.
 */
package dev.eschess.handrolled.timetravel;
