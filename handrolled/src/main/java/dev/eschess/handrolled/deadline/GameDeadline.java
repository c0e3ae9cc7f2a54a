package dev.eschess.handrolled.deadline;

import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;
import dev.eschess.game.command.GameCommand;
import java.time.Instant;

/** The deadlines a game has, each under the kind the core keeps it by, and the command the server sends for it. */
public enum GameDeadline {

    /** The side to move runs out of time: the server sends {@link FlagFall}. */
    FLAG_FALL("flag-fall"),

    /** Nobody joined a waiting game within the waiting time: the server sends {@link ExpireWaitingGame}. */
    WAITING_GAME("waiting-game");

    private final String kind;

    GameDeadline(String kind) {
        this.kind = kind;
    }

    /** The core's name for this deadline. */
    public String kind() {
        return kind;
    }

    /** The deadline kept under the core's name {@code kind}. */
    public static GameDeadline ofKind(String kind) {
        for (GameDeadline deadline : values()) {
            if (deadline.kind.equals(kind)) {
                return deadline;
            }
        }
        throw new IllegalArgumentException("not a game deadline: " + kind);
    }

    /** The command the server sends when this deadline of the game fired at {@code firedAt}. */
    public GameCommand commandFor(String gameId, Instant firedAt) {
        return switch (this) {
            case FLAG_FALL -> new FlagFall(gameId, firedAt);
            case WAITING_GAME -> new ExpireWaitingGame(gameId, firedAt);
        };
    }
}
