/**
 * The computer as a player of a game: its seat ({@link dev.eschess.engine.opponent.ComputerSeat}) and what it does
 * next in a game's state ({@link dev.eschess.engine.opponent.ComputerOpponent}). Both variants' process managers
 * call this and differ only in how they hear of events and send the command.
 */
package dev.eschess.engine.opponent;
