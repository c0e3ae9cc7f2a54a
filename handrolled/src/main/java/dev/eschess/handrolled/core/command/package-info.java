/**
 * Generic command handling over the event store: load by snapshot plus tail, decide, append at the loaded
 * version, with bounded retries, pinned versions, idempotent command ids and time travel.
 */
package dev.eschess.handrolled.core.command;
