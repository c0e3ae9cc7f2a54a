package dev.eschess.engine.opponent;

import dev.eschess.game.command.GameCommand;
import java.util.Objects;

/**
 * A command the computer sends, with what makes sending it safe to repeat.
 *
 * @param command         the command: a move, a resignation, or an answer to a draw offer
 * @param commandId       the idempotency key, derived from the game and the version the reply was thought out at,
 *                        so that the same event delivered twice (or to two instances) yields one command
 * @param expectedVersion the game's version the reply was thought out at: if the game moved on meanwhile (the
 *                        person resigned, offered a draw, ...) the reply is stale and must not be stored
 */
public record ComputerReply(GameCommand command, String commandId, int expectedVersion) {

    public ComputerReply {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(commandId, "commandId");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("a reply answers an existing game: version " + expectedVersion);
        }
    }
}
