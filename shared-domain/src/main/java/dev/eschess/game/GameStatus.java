package dev.eschess.game;

import java.util.Locale;

/** Where a game stands in its life: not created yet, waiting for an opponent, being played, or over. */
public enum GameStatus {
    /** The state before any event: no such game. */
    NOT_CREATED,
    /** Created; the second seat is free. */
    WAITING,
    /** Both seats taken; moves are being played. */
    ACTIVE,
    /** Over, with a result and a reason. */
    FINISHED;

    /** Lower-case kebab style: {@code waiting}, {@code active}, {@code finished}, {@code not-created}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
