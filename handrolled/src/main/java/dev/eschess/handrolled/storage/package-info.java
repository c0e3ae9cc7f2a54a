/**
 * Where games live in the store: the schema migrated on start and one stream per game.
 * Counterpart: {@code dev.eschess.axon.storage}.
 */
package dev.eschess.handrolled.storage;
