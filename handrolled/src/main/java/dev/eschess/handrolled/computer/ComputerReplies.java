package dev.eschess.handrolled.computer;

import dev.eschess.engine.opponent.ComputerOpponent;
import dev.eschess.engine.opponent.ComputerReply;
import dev.eschess.game.GameState;
import java.time.InstantSource;
import java.util.Optional;

/** What the computer does next in a game's state: the shared {@link ComputerOpponent}, or a test's stand-in. */
@FunctionalInterface
public interface ComputerReplies {

    /** The shared policy: answer a pending draw offer, else move or resign when to move (searching takes a while). */
    ComputerReplies OF_THE_ENGINE = ComputerOpponent::reply;

    /** The reply in {@code game}, stamped by {@code clock} once thought out, or empty when there is nothing to do. */
    Optional<ComputerReply> reply(GameState game, InstantSource clock);
}
