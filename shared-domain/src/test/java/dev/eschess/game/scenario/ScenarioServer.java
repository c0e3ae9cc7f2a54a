package dev.eschess.game.scenario;

import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;

/** The commands the server sends by itself when a deadline fires, at the scenario's command time. */
final class ScenarioServer {

    private ScenarioServer() {
    }

    /** The flag-fall deadline of the side to move fires. */
    static FlagFall flagFalls() {
        return new FlagFall(ScenarioTime.GAME_ID, ScenarioTime.WHEN);
    }

    /** The deadline of a game nobody joined fires. */
    static ExpireWaitingGame expiresTheWaitingGame() {
        return new ExpireWaitingGame(ScenarioTime.GAME_ID, ScenarioTime.WHEN);
    }
}
