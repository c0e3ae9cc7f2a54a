/**
 * Read models fed from the global log: web's lobby as a checkpointed projection of the core, run with the
 * application, in Spring transactions. Counterpart: {@code dev.eschess.axon.projection}.
 */
package dev.eschess.handrolled.projection;
