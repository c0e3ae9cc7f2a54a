package dev.eschess.handrolled.storage;

/** How games map to streams: one stream per game, named {@code game-<gameId>}. */
public final class GameStreamNames {

    private static final String PREFIX = "game-";

    private GameStreamNames() {
    }

    /** The stream of the game. */
    public static String streamId(String gameId) {
        return PREFIX + gameId;
    }

    /** Whether the stream is a game's. */
    public static boolean isGameStream(String streamId) {
        return streamId.startsWith(PREFIX);
    }

    /** The game id of a game stream. */
    public static String gameIdOf(String streamId) {
        if (!isGameStream(streamId)) {
            throw new IllegalArgumentException("not a game stream: " + streamId);
        }
        return streamId.substring(PREFIX.length());
    }
}
