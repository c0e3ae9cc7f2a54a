/**
 * The generic event store: streams with optimistic concurrency and a gapless global log in commit order.
 * Knows nothing of chess; payloads are JSON strings written and read by the serialization layer.
 */
package dev.eschess.handrolled.core.eventstore;
