/**
 * Read models fed from Axon's event stream: web's lobby on a pooled streaming processor, and its replay.
 * Counterpart: {@code dev.eschess.handrolled.projection}.
 */
package dev.eschess.axon.projection;
