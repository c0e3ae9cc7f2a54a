package dev.eschess.benchmarks.engines;

import java.util.List;

/** The sets of games {@link GameReplayBenchmark} replays, by the name its {@code games} parameter gives them. */
final class GameSets {

    /** How many seeded random games the set "random" holds. */
    static final int RANDOM_GAMES = 16;

    private GameSets() {
    }

    /** "random": seeds 1 to {@link #RANDOM_GAMES} of {@link RandomGames}; "scenarios": {@link ScenarioGames#all()}. */
    static List<GameScript> named(String name) {
        return switch (name) {
            case "random" -> RandomGames.seeds(RANDOM_GAMES);
            case "scenarios" -> ScenarioGames.all();
            default -> throw new IllegalArgumentException("no game set " + name + " (random, scenarios)");
        };
    }
}
