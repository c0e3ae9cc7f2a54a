package dev.eschess.engine.level;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A random move is always legal, and a capture is likelier than a quiet move. */
class RandomMoveChoiceTest {

    /** White can take on d5 (one capture) or play one of 29 other moves. */
    private static final Position ONE_CAPTURE = Position.fromFen(
            "rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");

    @Test
    void givenManyDraws_whenPicking_thenEveryMoveIsLegalAndTheCaptureComesUpAboutThreeTimesAsOften() {
        SplittableRandom random = new SplittableRandom(3);
        int captures = 0;
        int draws = 30_000;
        for (int i = 0; i < draws; i++) {
            Move move = RandomMoveChoice.pick(ONE_CAPTURE, random);
            assertThat(ONE_CAPTURE.isLegal(move)).isTrue();
            if (ONE_CAPTURE.isCapture(move)) {
                captures++;
            }
        }
        int quietMoves = ONE_CAPTURE.legalMoves().size() - 1;
        double expectedShare = 3.0 / (3 + quietMoves);

        assertThat(captures / (double) draws).isCloseTo(expectedShare, org.assertj.core.data.Offset.offset(0.01));
    }
}
