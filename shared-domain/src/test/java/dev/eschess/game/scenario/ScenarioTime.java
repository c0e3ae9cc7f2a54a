package dev.eschess.game.scenario;

import java.time.Duration;
import java.time.Instant;

/** The fixed game id and clock of every scenario, so that expected events compare exactly with {@code equals}. */
public final class ScenarioTime {

    /** The one game every scenario is about. */
    public static final String GAME_ID = "game-1";

    /** The time of the first given command; a given command comes one minute later per event stored before it. */
    public static final Instant GIVEN_START = Instant.parse("2026-01-01T10:00:00Z");

    /** The time of every scenario's "when" command, and so of every expected event. */
    public static final Instant WHEN = Instant.parse("2026-01-01T18:00:00Z");

    static final Duration GIVEN_STEP = Duration.ofMinutes(1);

    private ScenarioTime() {
    }
}
