package dev.eschess.chess.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionHistoryTest {

    /** Both sides' knights out and back: four moves that repeat the position they started from. */
    private static final List<Move> KNIGHT_SHUFFLE = List.of(
            Move.of(Square.G1, Square.F3), Move.of(Square.G8, Square.F6),
            Move.of(Square.F3, Square.G1), Move.of(Square.F6, Square.G8));
    /** Both kings out and back: four moves that repeat the placement they started from. */
    private static final List<Move> KING_SHUFFLE = List.of(
            Move.of(Square.E1, Square.F1), Move.of(Square.E8, Square.F8),
            Move.of(Square.F1, Square.E1), Move.of(Square.F8, Square.E8));

    @Test
    void aNewHistoryHasSeenItsPositionOnceAndHasNoEnding() {
        PositionHistory history = PositionHistory.startingAt(Position.initial());

        assertThat(history.occurrencesOfCurrent()).isEqualTo(1);
        assertThat(history.automaticEnding()).isEmpty();
        assertThat(history.claimableDraw()).isEmpty();
    }

    @Test
    void aPositionSeenTwiceCannotBeClaimedAsADraw() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 1);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(2);
        assertThat(history.claimableDraw()).isEmpty();
    }

    @Test
    void aPositionSeenThreeTimesMayBeClaimedAsADraw() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 2);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(3);
        assertThat(history.claimableDraw()).contains(DrawClaim.THREEFOLD_REPETITION);
    }

    @Test
    void aPositionSeenFourTimesIsStillOnlyAClaimableDraw() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 3);

        assertThat(history.automaticEnding()).isEmpty();
        assertThat(history.claimableDraw()).contains(DrawClaim.THREEFOLD_REPETITION);
    }

    @Test
    void aPositionSeenFiveTimesEndsTheGame() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 4);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(5);
        assertThat(history.automaticEnding()).contains(AutomaticEnding.FIVEFOLD_REPETITION);
    }

    @Test
    void aPositionWithAPossibleEnPassantCaptureIsNotRepeatedByTheSamePlacementWithoutIt() {
        Position beforeDoublePush = Position.fromFen("4k3/3p4/8/4P3/8/8/8/4K1N1 b - - 0 1");
        PositionHistory history = PositionHistory.startingAt(beforeDoublePush).play(Move.of(Square.D7, Square.D5));

        history = shuffle(history, whiteKnightAndBlackKingShuffle(), 1);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(1);
    }

    @Test
    void aDoublePushWithoutAPossibleEnPassantCaptureIsRepeatedByTheSamePlacement() {
        Position beforeDoublePush = Position.fromFen("4k3/3p4/8/8/8/8/8/4K1N1 b - - 0 1");
        PositionHistory history = PositionHistory.startingAt(beforeDoublePush).play(Move.of(Square.D7, Square.D5));

        history = shuffle(history, whiteKnightAndBlackKingShuffle(), 1);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(2);
    }

    @Test
    void lostCastlingRightsMakeTheSamePlacementADifferentPosition() {
        Position castlingPossible = Position.fromFen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1");

        PositionHistory history = shuffle(PositionHistory.startingAt(castlingPossible), KING_SHUFFLE, 1);

        assertThat(history.current().pieces()).isEqualTo(castlingPossible.pieces());
        assertThat(history.occurrencesOfCurrent()).isEqualTo(1);
    }

    @Test
    void aPositionAfterCastlingRightsAreGoneRepeatsNormally() {
        Position castlingPossible = Position.fromFen("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1");

        PositionHistory history = shuffle(PositionHistory.startingAt(castlingPossible), KING_SHUFFLE, 2);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(2);
    }

    @Test
    void ninetyNineHalfmovesWithoutCaptureOrPawnMoveAreNotYetADraw() {
        PositionHistory history = PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 98 60"))
                .play(Move.of(Square.G1, Square.F3));

        assertThat(history.current().halfmoveClock()).isEqualTo(99);
        assertThat(history.claimableDraw()).isEmpty();
    }

    @Test
    void aHundredHalfmovesWithoutCaptureOrPawnMoveMayBeClaimedAsADraw() {
        PositionHistory history = PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 99 60"))
                .play(Move.of(Square.G1, Square.F3));

        assertThat(history.claimableDraw()).contains(DrawClaim.FIFTY_MOVE_RULE);
        assertThat(history.automaticEnding()).isEmpty();
    }

    @Test
    void threefoldRepetitionIsNamedWhenTheFiftyMoveRuleAlsoHolds() {
        PositionHistory history = shuffle(PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 92 60")), KNIGHT_SHUFFLE, 2);

        assertThat(history.current().halfmoveClock()).isEqualTo(100);
        assertThat(history.claimableDraw()).contains(DrawClaim.THREEFOLD_REPETITION);
    }

    @Test
    void a149thHalfmoveWithoutCaptureOrPawnMoveDoesNotEndTheGame() {
        PositionHistory history = PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 148 80"))
                .play(Move.of(Square.G1, Square.F3));

        assertThat(history.automaticEnding()).isEmpty();
    }

    @Test
    void a150thHalfmoveWithoutCaptureOrPawnMoveEndsTheGame() {
        PositionHistory history = PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 149 80"))
                .play(Move.of(Square.G1, Square.F3));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.SEVENTY_FIVE_MOVE_RULE);
    }

    @Test
    void aMateOnThe150thHalfmoveIsAMate() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("6k1/5ppp/8/8/8/8/8/R5K1 w - - 149 100"))
                .play(Move.of(Square.A1, Square.A8));

        assertThat(history.current().halfmoveClock()).isEqualTo(150);
        assertThat(history.automaticEnding()).contains(AutomaticEnding.CHECKMATE);
    }

    @Test
    void checkmateEndsTheGame() {
        PositionHistory history = PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppp1ppp/8/4p3/6P1/5P2/PPPPP2P/RNBQKBNR b KQkq - 0 2"))
                .play(Move.of(Square.D8, Square.H4));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.CHECKMATE);
    }

    @Test
    void stalemateEndsTheGame() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("k7/8/1Q6/8/8/8/8/4K3 b - - 0 1"));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.STALEMATE);
    }

    @Test
    void stalemateIsNamedBeforeInsufficientMaterial() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("7k/5K2/5N2/8/8/8/8/8 b - - 0 1"));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.STALEMATE);
    }

    @Test
    void insufficientMaterialEndsTheGame() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("8/8/4k3/8/8/4K3/8/8 w - - 0 60"));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.INSUFFICIENT_MATERIAL);
    }

    @Test
    void insufficientMaterialIsNamedBeforeTheSeventyFiveMoveRule() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("8/8/4k3/8/8/4K3/8/8 w - - 150 100"));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.INSUFFICIENT_MATERIAL);
    }

    @Test
    void fivefoldRepetitionIsNamedBeforeTheSeventyFiveMoveRule() {
        PositionHistory history = shuffle(PositionHistory.startingAt(
                Position.fromFen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 134 70")), KNIGHT_SHUFFLE, 4);

        assertThat(history.current().halfmoveClock()).isEqualTo(150);
        assertThat(history.automaticEnding()).contains(AutomaticEnding.FIVEFOLD_REPETITION);
    }

    @Test
    void insufficientMaterialIsNamedBeforeFivefoldRepetition() {
        Position kingAgainstKing = Position.fromFen("8/8/4k3/8/8/4K3/8/8 w - - 8 60");
        String key = kingAgainstKing.repetitionKey();

        PositionHistory history = new PositionHistory(List.of(key, key, key, key, key), kingAgainstKing);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(5);
        assertThat(history.automaticEnding()).contains(AutomaticEnding.INSUFFICIENT_MATERIAL);
    }

    @Test
    void checkmateIsNamedBeforeFivefoldRepetition() {
        Position backRankMate = Position.fromFen("R5k1/5ppp/8/8/8/8/8/6K1 b - - 9 60");
        String key = backRankMate.repetitionKey();

        PositionHistory history = new PositionHistory(List.of(key, key, key, key, key), backRankMate);

        assertThat(history.occurrencesOfCurrent()).isEqualTo(5);
        assertThat(history.automaticEnding()).contains(AutomaticEnding.CHECKMATE);
    }

    @Test
    void stalemateIsNamedBeforeTheSeventyFiveMoveRule() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("k7/8/1Q6/8/8/8/8/4K3 b - - 150 100"));

        assertThat(history.automaticEnding()).contains(AutomaticEnding.STALEMATE);
    }

    @Test
    void noDrawCanBeClaimedOnceTheGameHasEndedByItself() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 4);

        assertThat(history.claimableDraw()).isEmpty();
    }

    @Test
    void aPawnMoveForgetsEveryEarlierPosition() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 2)
                .play(Move.of(Square.E2, Square.E4));

        assertThat(history.repetitionKeys()).containsExactly(history.current().repetitionKey());
    }

    @Test
    void aCaptureForgetsEveryEarlierPosition() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("4k3/8/8/3p4/8/2N5/8/4K3 w - - 7 30"))
                .play(Move.of(Square.C3, Square.B1))
                .play(Move.of(Square.E8, Square.E7))
                .play(Move.of(Square.B1, Square.C3))
                .play(Move.of(Square.E7, Square.E8))
                .play(Move.of(Square.C3, Square.D5));

        assertThat(history.repetitionKeys()).hasSize(1);
    }

    @Test
    void aLossOfCastlingRightsForgetsEveryEarlierPosition() {
        PositionHistory history = PositionHistory.startingAt(Position.fromFen("4k3/8/8/8/8/8/8/R3K1N1 w Q - 0 1"))
                .play(Move.of(Square.G1, Square.F3))
                .play(Move.of(Square.E8, Square.E7))
                .play(Move.of(Square.A1, Square.B1));

        assertThat(history.current().halfmoveClock()).isEqualTo(3);
        assertThat(history.repetitionKeys()).hasSize(1);
    }

    @Test
    void reversibleMovesAddOneKeyEach() {
        PositionHistory history = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 1);

        assertThat(history.repetitionKeys()).hasSize(5);
    }

    @Test
    void replayingMovesGivesTheSameHistoryAsPlayingThemOneByOne() {
        PositionHistory stepByStep = shuffle(PositionHistory.startingAt(Position.initial()), KNIGHT_SHUFFLE, 2);

        PositionHistory replayed = PositionHistory.replaying(Position.initial(),
                java.util.stream.Stream.of(KNIGHT_SHUFFLE, KNIGHT_SHUFFLE).flatMap(List::stream).toList());

        assertThat(replayed).isEqualTo(stepByStep);
    }

    @Test
    void aHistoryWhoseLastKeyIsNotTheCurrentPositionIsRejected() {
        assertThatThrownBy(() -> new PositionHistory(List.of("8/8/8/8/8/8/8/8 w - -"), Position.initial()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Move> whiteKnightAndBlackKingShuffle() {
        return List.of(
                Move.of(Square.G1, Square.F3), Move.of(Square.E8, Square.E7),
                Move.of(Square.F3, Square.G1), Move.of(Square.E7, Square.E8));
    }

    private static PositionHistory shuffle(PositionHistory history, List<Move> cycle, int times) {
        PositionHistory result = history;
        for (int i = 0; i < times; i++) {
            for (Move move : cycle) {
                result = result.play(move);
            }
        }
        return result;
    }
}
