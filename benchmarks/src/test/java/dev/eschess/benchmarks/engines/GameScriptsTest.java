package dev.eschess.benchmarks.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameScriptsTest {

    private final GameDecider decider = new GameDecider();

    @Test
    void givenSeeds_whenRandomGamesAreWritten_thenEachIsAFinishedGameOfRealisticLength() {
        List<GameScript> games = RandomGames.seeds(GameSets.RANDOM_GAMES);

        assertThat(games).hasSize(GameSets.RANDOM_GAMES);
        assertThat(games).allSatisfy(game -> assertThat(replay(game.commands()).status()).isEqualTo(GameStatus.FINISHED));
        assertThat(games.stream().mapToInt(game -> game.commands().size()).average().orElseThrow())
                .isBetween(60.0, 160.0);
    }

    @Test
    void givenTheSameSeed_whenARandomGameIsWrittenTwice_thenBothAreTheSame() {
        assertThat(RandomGames.game(7)).isEqualTo(RandomGames.game(7));
    }

    @Test
    void givenTheCatalogue_whenItsGamesAreTurnedIntoCommands_thenMostScenariosAreKeptAndEachReplays() {
        List<GameScript> games = ScenarioGames.all();

        assertThat(games).hasSizeGreaterThan(100);
        assertThat(games).allSatisfy(game -> assertThat(replay(game.commands()).eventCount()).isPositive());
    }

    @Test
    void givenALength_whenALongGameIsGrown_thenItHasExactlyThatManyEventsAndGoesOn() {
        LongGames.LongGame game = LongGames.ofEvents(1_000);

        assertThat(game.events()).hasSize(1_000);
        assertThat(game.script().commands()).hasSize(1_000);
        GameState state = replay(game.script().commands());
        assertThat(state.eventCount()).isEqualTo(1_000);
        assertThat(state.status()).isEqualTo(GameStatus.ACTIVE);
    }

    @Test
    void givenAScript_whenItIsReplayedForAnotherGame_thenOnlyTheGameIdChanges() {
        GameScript script = RandomGames.game(3);

        List<GameCommand> moved = script.forGame("elsewhere");

        assertThat(moved).hasSameSizeAs(script.commands()).allSatisfy(command ->
                assertThat(command.gameId()).isEqualTo("elsewhere"));
        assertThat(replay(moved).moves()).isEqualTo(replay(script.commands()).moves());
    }

    private GameState replay(List<GameCommand> commands) {
        GameState state = decider.initialState();
        for (GameCommand command : commands) {
            for (GameEvent event : decider.decide(command, state)) {
                state = decider.evolve(state, event);
            }
        }
        return state;
    }
}
