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

class MoveTextTest {

    private static final Position INITIAL = Position.initial();
    private static final Position PAWN_ABOUT_TO_PROMOTE = Position.fromFen("7k/4P3/8/8/8/8/8/4K3 w - - 0 1");
    private static final Position KNIGHTS_ON_TWO_FILES =
            Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/3P4/5N2/PPP1PPPP/RNBQKB1R w KQkq - 1 3");

    @Test
    void twoSquareNamesAreReadAsUci() {
        assertThat(MoveText.parse(INITIAL, "b1c3")).isEqualTo(Move.of(Square.B1, Square.C3));
    }

    @Test
    void sanIsReadAsSan() {
        assertThat(MoveText.parse(INITIAL, "Nc3")).isEqualTo(Move.of(Square.B1, Square.C3));
    }

    @Test
    void sanWithTheFullOriginSquareIsStillSanAndNamesTheSameMoveAsUci() {
        assertThat(MoveText.parse(INITIAL, "Nb1c3")).isEqualTo(MoveText.parse(INITIAL, "b1c3"));
    }

    @Test
    void aPawnCaptureInSanIsNotMistakenForUci() {
        Position position = Position.fromFen("rnbqkbnr/ppp1pppp/8/3p4/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");

        assertThat(MoveText.parse(position, "exd5")).isEqualTo(Move.of(Square.E4, Square.D5));
    }

    @Test
    void aUciPromotionMayUseAnUpperCaseLetter() {
        assertThat(MoveText.parse(PAWN_ABOUT_TO_PROMOTE, "e7e8Q"))
                .isEqualTo(Move.promotion(Square.E7, Square.E8, PieceType.QUEEN));
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(MoveText.parse(INITIAL, "  e2e4 \n")).isEqualTo(Move.of(Square.E2, Square.E4));
        assertThat(MoveText.parse(INITIAL, " e4 ")).isEqualTo(Move.of(Square.E2, Square.E4));
    }

    @Test
    void wellFormedUciThatIsNotLegalIsRejectedAsIllegal() {
        assertRejected(() -> MoveText.parse(INITIAL, "e2e5"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void uciFromAnEmptySquareIsRejectedAsIllegal() {
        assertRejected(() -> MoveText.parse(INITIAL, "e4e5"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void uciOfAPromotingMoveWithoutItsPieceIsIllegalAndTheMessageSaysWhatIsMissing() {
        assertThatThrownBy(() -> MoveText.parse(PAWN_ABOUT_TO_PROMOTE, "e7e8"))
                .isInstanceOfSatisfying(MoveNotationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MoveNotationException.Kind.ILLEGAL);
                    assertThat(e.getMessage()).contains("promotion", "e7e8q");
                });
    }

    @Test
    void wellFormedSanThatIsNotLegalIsRejectedAsIllegal() {
        assertRejected(() -> MoveText.parse(INITIAL, "Nf6"), MoveNotationException.Kind.ILLEGAL);
    }

    @Test
    void ambiguousSanIsRejectedAsAmbiguous() {
        assertRejected(() -> MoveText.parse(KNIGHTS_ON_TWO_FILES, "Nd2"), MoveNotationException.Kind.AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "castle", "e2-e4", "e2 e4", "knight to f3", "e2e4e5", "E2E4", "0000"})
    void textThatIsNeitherUciNorSanIsRejectedAsMalformed(String text) {
        assertRejected(() -> MoveText.parse(INITIAL, text), MoveNotationException.Kind.MALFORMED);
    }

    @Test
    void theMalformedMessageShowsExamplesOfBothNotations() {
        assertThatThrownBy(() -> MoveText.parse(INITIAL, "castle"))
                .hasMessageContaining("e2e4")
                .hasMessageContaining("Nf3");
    }

    private static void assertRejected(ThrowingCallable parsing, MoveNotationException.Kind kind) {
        assertThatThrownBy(parsing)
                .isInstanceOfSatisfying(MoveNotationException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
