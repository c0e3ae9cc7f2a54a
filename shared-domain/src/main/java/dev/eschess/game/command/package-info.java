/** The requests players send to a game: a sealed hierarchy of records under {@link dev.eschess.game.command.GameCommand}. */
package dev.eschess.game.command;
