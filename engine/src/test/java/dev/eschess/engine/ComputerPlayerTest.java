package dev.eschess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.engine.level.Level;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The computer's answers besides its move: resigning, draw offers, and what it cannot do. */
class ComputerPlayerTest {

    /** White has a queen and a rook more. */
    private static final String WHITE_IS_WINNING = "4k3/pppp4/8/8/8/8/PPPP4/RQ2K3 w - - 0 1";
    /** The same, black to move. */
    private static final String BLACK_IS_LOSING = "4k3/pppp4/8/8/8/8/PPPP4/RQ2K3 b - - 0 1";
    private static final String LEVEL_POSITION = "r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3";
    private static final Level TOP = Level.of(Level.HIGHEST).withNodeBudget(50_000);

    @Test
    void givenAHopelessPosition_whenATopLevelDecides_thenItResigns() {
        Decision decision = ComputerPlayer.decide(Position.fromFen(BLACK_IS_LOSING), TOP, 1);

        assertThat(ComputerPlayer.shouldResign(decision, TOP)).as("score %d", decision.centipawns()).isTrue();
    }

    @Test
    void givenAHopelessPosition_whenALowLevelDecides_thenItPlaysOn() {
        Level low = Level.of(3);
        Decision decision = ComputerPlayer.decide(Position.fromFen(BLACK_IS_LOSING), low, 1);

        assertThat(decision.centipawns()).isNegative();
        assertThat(ComputerPlayer.shouldResign(decision, low)).isFalse();
    }

    @Test
    void givenAWinningPosition_whenTheComputerDecides_thenItDoesNotResign() {
        Decision decision = ComputerPlayer.decide(Position.fromFen(WHITE_IS_WINNING), TOP, 1);

        assertThat(ComputerPlayer.shouldResign(decision, TOP)).isFalse();
    }

    @Test
    void givenTheComputerIsLosing_whenOfferedADraw_thenItAccepts() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen(BLACK_IS_LOSING));

        assertThat(ComputerPlayer.wouldAcceptDraw(history, Color.BLACK, TOP, 1)).isTrue();
    }

    @Test
    void givenTheComputerIsWinning_whenOfferedADraw_thenItDeclines() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen(WHITE_IS_WINNING));

        assertThat(ComputerPlayer.wouldAcceptDraw(history, Color.WHITE, TOP, 1)).isFalse();
    }

    @Test
    void givenAnOfferMadeOnTheOpponentsTurn_whenTheComputerIsWinning_thenItJudgesFromItsOwnSideAndDeclines() {
        // Black is to move and losing: the offer reaches white, the computer, on black's turn.
        PositionHistory history = PositionHistory.startingAt(Position.fromFen(BLACK_IS_LOSING));

        assertThat(ComputerPlayer.wouldAcceptDraw(history, Color.WHITE, TOP, 1)).isFalse();
    }

    @Test
    void givenAFinishedGame_whenAskedForAMove_thenItRefuses() {
        Position mated = Position.fromFen("R5k1/5ppp/8/8/8/8/8/6K1 b - - 0 1");

        assertThatThrownBy(() -> ComputerPlayer.decide(mated, TOP, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenALevelWithoutATimeBudget_whenItDecides_thenItNeverReadsTheClock() {
        AtomicLong reads = new AtomicLong();

        ComputerPlayer.decide(PositionHistory.startingAt(Position.fromFen(LEVEL_POSITION)), Level.of(7), 1,
                () -> reads.incrementAndGet());

        assertThat(reads).hasValue(0);
    }

    @Test
    void givenTheTopLevel_whenItsClockRunsPastTheSecond_thenItStopsAndStillAnswersWithALegalMove() {
        // A clock that advances ten milliseconds every time it is read: the second is over after a hundred reads.
        AtomicLong nanos = new AtomicLong();
        Position position = Position.fromFen(LEVEL_POSITION);

        Decision decision = ComputerPlayer.decide(PositionHistory.startingAt(position), Level.of(Level.HIGHEST), 1,
                () -> nanos.addAndGet(10_000_000));

        assertThat(position.isLegal(decision.move())).isTrue();
        assertThat(nanos.get()).isLessThanOrEqualTo(1_010_000_000L);
        assertThat(decision.nodes()).isLessThan(Level.of(Level.HIGHEST).nodeBudget());
    }
}
