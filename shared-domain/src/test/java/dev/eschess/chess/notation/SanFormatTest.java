package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import org.junit.jupiter.api.Test;

class SanFormatTest {

    private static final Position INITIAL = Position.initial();
    /** Knights on b1 and f3 can both reach d2. */
    private static final Position KNIGHTS_ON_TWO_FILES =
            Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/3P4/5N2/PPP1PPPP/RNBQKB1R w KQkq - 1 3");
    /** Rooks on a1 and a5 can both reach a3. */
    private static final Position ROOKS_ON_ONE_FILE = Position.fromFen("4k3/8/8/R7/8/8/8/R3K3 w - - 0 1");
    /** Queens on a1, a3 and c1 can all reach b2. */
    private static final Position THREE_QUEENS = Position.fromFen("4k3/8/8/8/8/Q7/8/Q1Q1K3 w - - 0 1");
    /** Knights on c3 and g1 both see e2, but the bishop on b4 pins the one on c3. */
    private static final Position PINNED_KNIGHT = Position.fromFen("4k3/8/8/8/1b6/2N5/8/4K1N1 w - - 0 1");
    private static final Position CASTLING_BOTH_WAYS =
            Position.fromFen("r3k2r/pppppppp/8/8/8/8/PPPPPPPP/R3K2R w KQkq - 0 1");
    private static final Position PROMOTION_ON_D8_OR_E8 = Position.fromFen("3r3k/4P3/8/8/8/8/8/4K3 w - - 0 1");

    @Test
    void aPawnPushIsJustTheTargetSquare() {
        assertThat(San.format(INITIAL, Move.of(Square.E2, Square.E4))).isEqualTo("e4");
    }

    @Test
    void aPieceMoveStartsWithThePieceLetter() {
        assertThat(San.format(INITIAL, Move.of(Square.G1, Square.F3))).isEqualTo("Nf3");
    }

    @Test
    void aPawnCaptureNamesThePawnsFile() {
        Position position = Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");

        assertThat(San.format(position, Move.of(Square.E4, Square.D5))).isEqualTo("exd5");
    }

    @Test
    void anEnPassantCaptureIsWrittenLikeAnyPawnCapture() {
        Position position = Position.fromFen("rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq d6 0 3");

        assertThat(San.format(position, Move.of(Square.E5, Square.D6))).isEqualTo("exd6");
    }

    @Test
    void aPieceCaptureHasAnXBeforeTheTarget() {
        Position position = Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/4P3/2N5/PPPP1PPP/R1BQKBNR w KQkq - 0 2");

        assertThat(San.format(position, Move.of(Square.C3, Square.D5))).isEqualTo("Nxd5");
    }

    @Test
    void twoPiecesOnDifferentFilesAreToldApartByFile() {
        assertThat(San.format(KNIGHTS_ON_TWO_FILES, Move.of(Square.B1, Square.D2))).isEqualTo("Nbd2");
        assertThat(San.format(KNIGHTS_ON_TWO_FILES, Move.of(Square.F3, Square.D2))).isEqualTo("Nfd2");
    }

    @Test
    void twoPiecesOnTheSameFileAreToldApartByRank() {
        assertThat(San.format(ROOKS_ON_ONE_FILE, Move.of(Square.A1, Square.A3))).isEqualTo("R1a3");
        assertThat(San.format(ROOKS_ON_ONE_FILE, Move.of(Square.A5, Square.A3))).isEqualTo("R5a3");
    }

    @Test
    void aPieceSharingFileWithOneRivalAndRankWithAnotherIsNamedByItsSquare() {
        assertThat(San.format(THREE_QUEENS, Move.of(Square.A1, Square.B2))).isEqualTo("Qa1b2");
    }

    @Test
    void fileIsPreferredOverRankWhenTheFileIsEnough() {
        assertThat(San.format(THREE_QUEENS, Move.of(Square.C1, Square.B2))).isEqualTo("Qcb2");
    }

    @Test
    void rankIsUsedWhenTheFileIsSharedButTheRankIsNot() {
        assertThat(San.format(THREE_QUEENS, Move.of(Square.A3, Square.B2))).isEqualTo("Q3b2");
    }

    @Test
    void aPinnedPieceDoesNotForceDisambiguation() {
        assertThat(San.format(PINNED_KNIGHT, Move.of(Square.G1, Square.E2))).isEqualTo("Ne2");
    }

    @Test
    void aPieceThatCannotReachTheSameSquareDoesNotForceDisambiguation() {
        assertThat(San.format(ROOKS_ON_ONE_FILE, Move.of(Square.A1, Square.B1))).isEqualTo("Rb1");
    }

    @Test
    void kingsideCastlingIsOhOh() {
        assertThat(San.format(CASTLING_BOTH_WAYS, Move.of(Square.E1, Square.G1))).isEqualTo("O-O");
    }

    @Test
    void queensideCastlingIsOhOhOh() {
        assertThat(San.format(CASTLING_BOTH_WAYS, Move.of(Square.E1, Square.C1))).isEqualTo("O-O-O");
    }

    @Test
    void castlingThatGivesCheckCarriesAPlus() {
        Position position = Position.fromFen("5k2/8/8/8/8/8/8/4K2R w K - 0 1");

        assertThat(San.format(position, Move.of(Square.E1, Square.G1))).isEqualTo("O-O+");
    }

    @Test
    void aPromotionNamesTheNewPieceAfterAnEqualsSign() {
        Position position = Position.fromFen("7k/4P3/8/8/8/8/8/4K3 w - - 0 1");

        assertThat(San.format(position, Move.promotion(Square.E7, Square.E8, PieceType.ROOK))).isEqualTo("e8=R+");
        assertThat(San.format(position, Move.promotion(Square.E7, Square.E8, PieceType.BISHOP))).isEqualTo("e8=B");
    }

    @Test
    void aPromotionWithCaptureAndCheckHasAllThreeMarks() {
        assertThat(San.format(PROMOTION_ON_D8_OR_E8, Move.promotion(Square.E7, Square.D8, PieceType.QUEEN)))
                .isEqualTo("exd8=Q+");
    }

    @Test
    void anUnderpromotionThatGivesNoCheckHasNoPlus() {
        assertThat(San.format(PROMOTION_ON_D8_OR_E8, Move.promotion(Square.E7, Square.D8, PieceType.KNIGHT)))
                .isEqualTo("exd8=N");
    }

    @Test
    void aCheckEndsWithPlus() {
        Position position = Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");

        assertThat(San.format(position, Move.of(Square.F1, Square.B5))).isEqualTo("Bb5+");
    }

    @Test
    void aCheckmateEndsWithHash() {
        Position foolsMate = Position.fromFen("rnbqkbnr/pppp1ppp/8/4p3/6P1/5P2/PPPPP2P/RNBQKBNR b KQkq - 0 2");

        assertThat(San.format(foolsMate, Move.of(Square.D8, Square.H4))).isEqualTo("Qh4#");
    }

    @Test
    void aCapturingCheckmateHasAnXAndAHash() {
        Position scholarsMate =
                Position.fromFen("r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4");

        assertThat(San.format(scholarsMate, Move.of(Square.H5, Square.F7))).isEqualTo("Qxf7#");
    }

    @Test
    void theSixMovesOutOfCheckInPerftPosition4AreNamedWithoutNeedlessDisambiguation() {
        Position position4 =
                Position.fromFen("r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1");

        assertThat(position4.legalMoves().stream().map(move -> San.format(position4, move)))
                .containsExactlyInAnyOrder("c5", "d4", "Bc5", "Rf2", "Nd4", "Kh1");
    }

    @Test
    void anIllegalMoveCannotBeFormatted() {
        assertThatThrownBy(() -> San.format(INITIAL, Move.of(Square.E2, Square.E5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e2e5");
    }
}
