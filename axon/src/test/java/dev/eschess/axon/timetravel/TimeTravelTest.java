package dev.eschess.axon.timetravel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2AxonTest;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The game as of version N, read from Axon's event store and folded with the shared {@code evolve}. */
@H2AxonTest
class TimeTravelTest {

    @Autowired
    AxonGameCommands commands;
    @Autowired
    GameStates states;

    @Test
    void theGameAsOfAnEarlierVersionShowsThePositionThen() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4", "e5", "Nf3");

        GameState afterE4 = states.stateAt(gameId, 3).orElseThrow();
        GameState waiting = states.stateAt(gameId, 1).orElseThrow();

        assertThat(afterE4.sanMoves()).containsExactly("e4");
        assertThat(afterE4.position().fen()).isEqualTo("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1");
        assertThat(waiting.status()).isEqualTo(GameStatus.WAITING);
    }

    @Test
    void theGameAsOfItsLatestVersionIsTheCurrentGame() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4", "e5", "Nf3");

        assertThat(states.stateAt(gameId, 5)).contains(states.current(gameId).orElseThrow().state());
    }

    @Test
    void versionZeroIsTheEmptyGameAndAVersionNotYetReachedIsAbsent() {
        Games games = new Games(commands);
        String gameId = games.started();

        assertThat(states.stateAt(gameId, 0)).hasValueSatisfying(state ->
                assertThat(state.status()).isEqualTo(GameStatus.NOT_CREATED));
        assertThat(states.stateAt(gameId, 3)).isEmpty();
    }
}
