package dev.eschess.benchmarks.engines;

import dev.eschess.game.command.GameCommand;

/** One way to run game commands, measured by {@link GameReplayBenchmark}; not thread-safe. */
interface CommandPath extends AutoCloseable {

    /** Forgets every game: the next one starts on empty stores. */
    void newGame();

    /** Decides, stores and folds the command; answers the game's version (events) after it. */
    long send(GameCommand command);

    @Override
    void close();
}
