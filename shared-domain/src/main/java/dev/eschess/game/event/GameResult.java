package dev.eschess.game.event;

import dev.eschess.chess.Color;

/** The result of a finished game, with its PGN token as the stable wire name. */
public enum GameResult {
    WHITE_WINS("1-0"),
    BLACK_WINS("0-1"),
    DRAW("1/2-1/2"),
    /** No result: the game was aborted before it started. */
    NO_RESULT("*");

    private final String wireName;

    GameResult(String wireName) {
        this.wireName = wireName;
    }

    /** The PGN result token: {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *}. */
    public String wireName() {
        return wireName;
    }

    /** The win for the given side. */
    public static GameResult winFor(Color winner) {
        return switch (winner) {
            case WHITE -> WHITE_WINS;
            case BLACK -> BLACK_WINS;
        };
    }
}
