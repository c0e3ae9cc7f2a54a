package dev.eschess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.level.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the level, the computer only ever plays legal moves: in positions of random games (odd material,
 * promotions, en passant, checks) and in whole games against the level below. Level 8 runs with a node budget
 * here instead of its second a move, and in the games no level searches more than {@value #GAME_NODES} nodes a move
 * (the same search, cut shorter), so that the test stays quick.
 */
class LegalMovesTest {

    private static final List<PositionHistory> SAMPLES = SamplePositions.fromRandomGames(60, 8_128L);

    static IntStream levels() {
        return IntStream.rangeClosed(Level.LOWEST, Level.HIGHEST);
    }

    private static final long GAME_NODES = 30_000;

    private static Level boundedLevel(int number) {
        Level level = Level.of(number);
        return level.timeBudget().isPresent() ? level.withNodeBudget(GAME_NODES) : level;
    }

    private static Level gameLevel(int number) {
        Level level = Level.of(number);
        return level.nodeBudget() > GAME_NODES ? level.withNodeBudget(GAME_NODES) : level;
    }

    @ParameterizedTest(name = "level {0}")
    @MethodSource("levels")
    void givenPositionsOfRandomGames_whenALevelDecides_thenEveryMoveIsLegal(int number) {
        Level level = boundedLevel(number);
        List<String> illegal = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            PositionHistory history = SAMPLES.get(i);
            Move move = ComputerPlayer.chooseMove(history, level, i);
            if (!history.current().isLegal(move)) {
                illegal.add(move.uci() + " in " + history.current().fen());
            }
        }

        assertThat(SAMPLES).hasSize(60);
        assertThat(illegal).isEmpty();
    }

    @ParameterizedTest(name = "level {0}")
    @MethodSource("levels")
    void givenAGameAgainstTheLevelBelow_whenPlayedToTheEnd_thenEveryMoveWasLegal(int number) {
        Level level = gameLevel(number);
        Level other = gameLevel(Math.max(Level.LOWEST, number - 1));
        PositionHistory history = PositionHistory.startingAt(Position.initial());
        List<String> illegal = new ArrayList<>();
        int plies = 0;
        while (history.automaticEnding().isEmpty() && history.claimableDraw().isEmpty() && plies < 300) {
            Level mover = history.current().sideToMove() == Color.WHITE ? level : other;
            Move move = ComputerPlayer.chooseMove(history, mover, plies);
            if (!history.current().isLegal(move)) {
                illegal.add(move.uci() + " in " + history.current().fen());
                break;
            }
            history = history.play(move);
            plies++;
        }

        assertThat(plies).isPositive();
        assertThat(illegal).isEmpty();
    }
}
