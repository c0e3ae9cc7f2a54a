package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Square;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UciTest {

    @Test
    void aQuietMoveIsWrittenAsTwoSquareNames() {
        assertThat(Uci.format(Move.of(Square.E2, Square.E4))).isEqualTo("e2e4");
    }

    @ParameterizedTest
    @CsvSource({"QUEEN, e7e8q", "ROOK, e7e8r", "BISHOP, e7e8b", "KNIGHT, e7e8n"})
    void aPromotionIsWrittenWithTheLowerCaseLetterOfTheNewPiece(PieceType type, String uci) {
        assertThat(Uci.format(Move.promotion(Square.E7, Square.E8, type))).isEqualTo(uci);
    }

    @Test
    void castlingIsWrittenAsTheKingsTwoSquareMove() {
        assertThat(Uci.format(Move.of(Square.E1, Square.G1))).isEqualTo("e1g1");
    }

    @Test
    void aQuietMoveIsReadFromTwoSquareNames() {
        assertThat(Uci.parse("g1f3")).isEqualTo(Move.of(Square.G1, Square.F3));
    }

    @Test
    void aPromotionIsReadWithItsPiece() {
        assertThat(Uci.parse("b2a1n")).isEqualTo(Move.promotion(Square.B2, Square.A1, PieceType.KNIGHT));
    }

    @Test
    void readingChecksOnlySyntaxNotWhetherAnyPieceCouldMakeTheMove() {
        assertThat(Uci.parse("a1h8q")).isEqualTo(Move.promotion(Square.A1, Square.H8, PieceType.QUEEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e2", "e2e", "e2e4e", "E2E4", "e2e9", "i2i4", "e7e8k", "e7e8p", "e7e8Q", " e2e4",
            "e2-e4", "Nf3", "0000", "e2e2"})
    void textThatIsNotUciIsRejectedAsMalformed(String text) {
        assertThatThrownBy(() -> Uci.parse(text))
                .isInstanceOfSatisfying(MoveNotationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MoveNotationException.Kind.MALFORMED);
                    assertThat(e.text()).isEqualTo(text);
                });
    }
}
