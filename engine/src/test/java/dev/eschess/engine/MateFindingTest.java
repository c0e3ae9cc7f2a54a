package dev.eschess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import dev.eschess.engine.MatePuzzles.Puzzle;
import dev.eschess.engine.level.Level;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The top level solves mate puzzles: its move forces mate in the puzzle's number of moves (checked by brute force,
 * so any solution counts), and it says so. Node-bounded, so every run searches the same trees.
 */
class MateFindingTest {

    private static final Level TOP = Level.of(Level.HIGHEST).withNodeBudget(300_000);

    static List<Puzzle> mateInOne() {
        return MatePuzzles.MATE_IN_ONE;
    }

    static List<Puzzle> mateInTwo() {
        return MatePuzzles.MATE_IN_TWO;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mateInOne")
    void givenAMateInOne_whenTheTopLevelDecides_thenItMates(Puzzle puzzle) {
        Position position = Position.fromFen(puzzle.fen());

        Decision decision = ComputerPlayer.decide(position, TOP, 1);

        assertThat(position.play(decision.move()).isCheckmate()).as(decision.move().uci()).isTrue();
        assertThat(decision.mateInMoves()).hasValue(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mateInTwo")
    void givenAMateInTwo_whenTheTopLevelDecides_thenItsMoveForcesMateInTwo(Puzzle puzzle) {
        Position position = Position.fromFen(puzzle.fen());

        Decision decision = ComputerPlayer.decide(position, TOP, 1);

        assertThat(ForcedMate.forcesMate(position, decision.move(), 2)).as(decision.move().uci()).isTrue();
        assertThat(decision.mateInMoves()).hasValue(2);
    }

    /** The puzzles are what they claim: a mate in two has no mate in one, or it would test nothing new. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mateInTwo")
    void everyMateInTwoPuzzleHasAMateInTwoAndNoneInOne(Puzzle puzzle) {
        Position position = Position.fromFen(puzzle.fen());

        assertThat(ForcedMate.exists(position, 1)).isFalse();
        assertThat(ForcedMate.exists(position, 2)).isTrue();
    }
}
