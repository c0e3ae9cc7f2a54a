/**
 * What happened to a game: a sealed hierarchy of plain-value records under
 * {@link dev.eschess.game.event.GameEvent}, with stable type names and schema versions in
 * {@link dev.eschess.game.event.GameEventType}.
 */
package dev.eschess.game.event;
