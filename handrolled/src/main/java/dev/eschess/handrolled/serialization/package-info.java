/**
 * How game events are stored: stable type names and schema versions for every event, the GameCreated v1 upcaster,
 * and game-state snapshots. Counterpart: {@code dev.eschess.axon.serialization}.
 */
package dev.eschess.handrolled.serialization;
