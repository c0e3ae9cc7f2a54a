package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanParseTest {

    private static final Position INITIAL = Position.initial();
    private static final Position KNIGHTS_ON_TWO_FILES =
            Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/3P4/5N2/PPP1PPPP/RNBQKB1R w KQkq - 1 3");
    private static final Position THREE_QUEENS = Position.fromFen("4k3/8/8/8/8/Q7/8/Q1Q1K3 w - - 0 1");
    private static final Position PINNED_KNIGHT = Position.fromFen("4k3/8/8/8/1b6/2N5/8/4K1N1 w - - 0 1");
    private static final Position CASTLING_BOTH_WAYS =
            Position.fromFen("r3k2r/pppppppp/8/8/8/8/PPPPPPPP/R3K2R w KQkq - 0 1");
    private static final Position PROMOTION_ON_D8_OR_E8 = Position.fromFen("3r3k/4P3/8/8/8/8/8/4K3 w - - 0 1");
    private static final Position BISHOP_CAN_CHECK =
            Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");
    private static final Position SCHOLARS_MATE =
            Position.fromFen("r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4");

    @Test
    void aPawnPushIsRead() {
        assertThat(San.parse(INITIAL, "e4")).isEqualTo(Move.of(Square.E2, Square.E4));
    }

    @Test
    void aPieceMoveIsRead() {
        assertThat(San.parse(INITIAL, "Nf3")).isEqualTo(Move.of(Square.G1, Square.F3));
    }

    @Test
    void aDisambiguatedMoveIsRead() {
        assertThat(San.parse(KNIGHTS_ON_TWO_FILES, "Nbd2")).isEqualTo(Move.of(Square.B1, Square.D2));
    }

    @Test
    void aMoveDisambiguatedByFullSquareIsRead() {
        assertThat(San.parse(THREE_QUEENS, "Qa1b2")).isEqualTo(Move.of(Square.A1, Square.B2));
    }

    @Test
    void moreDisambiguationThanNeededIsAccepted() {
        assertThat(San.parse(INITIAL, "Ngf3")).isEqualTo(Move.of(Square.G1, Square.F3));
    }

    @Test
    void aPinnedPieceIsNoCandidateSoNoDisambiguationIsNeeded() {
        assertThat(San.parse(PINNED_KNIGHT, "Ne2")).isEqualTo(Move.of(Square.G1, Square.E2));
    }

    @Test
    void aMissingCheckSignIsAccepted() {
        assertThat(San.parse(BISHOP_CAN_CHECK, "Bb5")).isEqualTo(Move.of(Square.F1, Square.B5));
    }

    @Test
    void aMissingMateSignIsAccepted() {
        assertThat(San.parse(SCHOLARS_MATE, "Qxf7")).isEqualTo(Move.of(Square.H5, Square.F7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nf3+", "Nf3#", "Nf3++"})
    void anExtraCheckOrMateSignIsAccepted(String text) {
        assertThat(San.parse(INITIAL, text)).isEqualTo(Move.of(Square.G1, Square.F3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nf3!", "Nf3?", "Nf3!!", "Nf3??", "Nf3!?", "Nf3?!", "Nf3+!"})
    void trailingAnnotationMarksAreIgnored(String text) {
        assertThat(San.parse(INITIAL, text)).isEqualTo(Move.of(Square.G1, Square.F3));
    }

    @Test
    void aMissingXOnAPieceCaptureIsAccepted() {
        assertThat(San.parse(SCHOLARS_MATE, "Qf7#")).isEqualTo(Move.of(Square.H5, Square.F7));
    }

    @Test
    void aPromotionIsReadWithItsEqualsSign() {
        assertThat(San.parse(PROMOTION_ON_D8_OR_E8, "e8=N"))
                .isEqualTo(Move.promotion(Square.E7, Square.E8, PieceType.KNIGHT));
    }

    @Test
    void aPromotionWithoutEqualsSignIsAccepted() {
        assertThat(San.parse(PROMOTION_ON_D8_OR_E8, "e8Q"))
                .isEqualTo(Move.promotion(Square.E7, Square.E8, PieceType.QUEEN));
    }

    @Test
    void aCapturingPromotionWithoutEqualsSignIsAccepted() {
        assertThat(San.parse(PROMOTION_ON_D8_OR_E8, "exd8R+"))
                .isEqualTo(Move.promotion(Square.E7, Square.D8, PieceType.ROOK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"O-O", "0-0", "O-O+"})
    void kingsideCastlingIsReadWithLettersOrZeros(String text) {
        assertThat(San.parse(CASTLING_BOTH_WAYS, text)).isEqualTo(Move.of(Square.E1, Square.G1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"O-O-O", "0-0-0"})
    void queensideCastlingIsReadWithLettersOrZeros(String text) {
        assertThat(San.parse(CASTLING_BOTH_WAYS, text)).isEqualTo(Move.of(Square.E1, Square.C1));
    }

    @Test
    void theKingsTwoSquareMoveWrittenAsAKingMoveIsNotCastling() {
        assertRejected(() -> San.parse(CASTLING_BOTH_WAYS, "Kg1"), MoveNotationException.Kind.ILLEGAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "Zf3", "e9", "i4", "Pe4", "nf3", "Nf3x", "O-O-O-O", "o-o", "e4 e5",
            "exd", "Nf", "e8=K", "e8=P", "ed5"})
    void textThatIsNotSanIsRejectedAsMalformed(String text) {
        assertRejected(() -> San.parse(INITIAL, text), MoveNotationException.Kind.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e5", "Nf4", "Ke2", "O-O", "O-O-O", "exd3", "Bb5", "e8=Q"})
    void wellFormedSanThatNoLegalMoveMatchesIsRejectedAsIllegal(String text) {
        assertRejected(() -> San.parse(INITIAL, text), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void anXOnAMoveThatCapturesNothingIsRejectedAsIllegal() {
        assertRejected(() -> San.parse(INITIAL, "Nxf3"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void aPawnCaptureSignOnAStraightPawnMoveIsRejectedAsIllegal() {
        Position pawnOnE4 = Position.fromFen("4k3/8/8/8/4P3/8/8/4K3 w - - 0 1");

        assertRejected(() -> San.parse(pawnOnE4, "exe5"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void aPromotingPawnMoveWithoutItsPieceIsRejectedAsIllegal() {
        assertRejected(() -> San.parse(PROMOTION_ON_D8_OR_E8, "e8"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void aMoveThatTwoPiecesCouldMakeIsRejectedAsAmbiguous() {
        assertThatThrownBy(() -> San.parse(KNIGHTS_ON_TWO_FILES, "Nd2"))
                .isInstanceOfSatisfying(MoveNotationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MoveNotationException.Kind.AMBIGUOUS);
                    assertThat(e.getMessage()).contains("Nbd2", "Nfd2");
                });
    }

    @Test
    void aFileThatStillLeavesTwoCandidatesIsRejectedAsAmbiguous() {
        assertRejected(() -> San.parse(THREE_QUEENS, "Qab2"), MoveNotationException.Kind.AMBIGUOUS);
    }

    @Test
    void theRejectionCarriesTheTextAsGiven() {
        assertThatThrownBy(() -> San.parse(INITIAL, "Qh5"))
                .isInstanceOfSatisfying(MoveNotationException.class,
                        e -> assertThat(e.text()).isEqualTo("Qh5"));
    }

    private static void assertRejected(ThrowingCallable parsing, MoveNotationException.Kind kind) {
        assertThatThrownBy(parsing)
                .isInstanceOfSatisfying(MoveNotationException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
