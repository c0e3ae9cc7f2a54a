package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.H2AxonTest;
import dev.eschess.axon.timetravel.VersionedGame;
import dev.eschess.chess.Move;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.MakeMove;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random legal games played through Axon with a snapshot every ten events: after every move, the game loaded from
 * its latest snapshot plus the events after it equals a full replay of all its events.
 */
@H2AxonTest
class RandomGamesWithSnapshotsTest {

    private static final int MAX_PLIES = 80;

    @Autowired
    AxonGameCommands commands;
    @Autowired
    GameStates states;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026})
    void snapshotPlusTailEqualsAFullReplayThroughoutARandomGame(long seed) {
        Random random = new Random(seed);
        String gameId = new Games(commands).started();
        int plies = 0;
        VersionedGame game = states.current(gameId).orElseThrow();
        while (game.state().status() == GameStatus.ACTIVE && plies < MAX_PLIES) {
            GameState state = game.state();
            List<Move> legal = state.position().legalMoves().stream().sorted(Comparator.comparing(Move::uci)).toList();
            String player = state.seat(state.sideToMove()).orElseThrow().playerId();
            commands.execute(new MakeMove(gameId, player, legal.get(random.nextInt(legal.size())).uci(), Games.AT),
                    SendOptions.none());
            plies++;

            game = states.current(gameId).orElseThrow();
            assertThat(game.state()).as("ply %d", plies).isEqualTo(states.stateAt(gameId, game.version()).orElseThrow());
        }
        long snapshots = jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", gameId).query(Long.class).single();

        assertThat(plies).isGreaterThan(10);
        assertThat(snapshots).isEqualTo(1);
    }
}
