/**
 * How game events are stored: Jackson with stable type names and schema versions, the GameCreated v1 upcaster.
 * Counterpart: {@code dev.eschess.handrolled.serialization}.
 */
package dev.eschess.axon.serialization;
