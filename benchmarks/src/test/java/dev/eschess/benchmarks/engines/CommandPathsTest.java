package dev.eschess.benchmarks.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.command.GameCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"handrolled", "axon-default", "axon-default-json", "axon-tuned"})
    void givenAnEngine_whenEveryScriptIsReplayedTwice_thenEachGameEndsAtTheVersionTheBareDeciderReaches(String name) {
        List<GameScript> scripts = Stream.concat(RandomGames.seeds(4).stream(), ScenarioGames.all().stream()).toList();

        assertThat(finalVersions(name, scripts)).isEqualTo(finalVersions("decider", scripts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"handrolled", "axon"})
    void givenALongGame_whenLoadedWithAndWithoutSnapshot_thenBothLoadEveryEvent(String variant) {
        LongGames.LongGame game = LongGames.ofEvents(1_234);

        for (boolean snapshot : new boolean[] {false, true}) {
            try (StoredGame stored = variant.equals("axon") ? new AxonStoredGame(game, snapshot)
                    : new HandrolledStoredGame(game, snapshot)) {
                assertThat(stored.load()).isEqualTo(1_234);
            }
        }
    }

    private static List<Long> finalVersions(String engine, List<GameScript> scripts) {
        List<Long> versions = new ArrayList<>();
        try (CommandPath path = CommandPaths.named(engine)) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < scripts.size(); i++) {
                    path.newGame();
                    long version = 0;
                    for (GameCommand command : scripts.get(i).forGame("game-" + round + "-" + i)) {
                        version = path.send(command);
                    }
                    versions.add(version);
                }
            }
        }
        return versions;
    }
}
