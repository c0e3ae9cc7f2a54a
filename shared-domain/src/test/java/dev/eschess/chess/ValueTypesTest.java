package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void squaresRunFromA1ToH8() {
        assertThat(Square.A1.index()).isZero();
        assertThat(Square.H1.index()).isEqualTo(7);
        assertThat(Square.A8.index()).isEqualTo(56);
        assertThat(Square.H8.index()).isEqualTo(63);
        assertThat(Square.E4.file()).isEqualTo(4);
        assertThat(Square.E4.rank()).isEqualTo(3);
        assertThat(Square.of(4, 3)).isEqualTo(Square.E4);
    }

    @Test
    void aSquareIsNamedInLowerCase() {
        assertThat(Square.E4).hasToString("e4");
        assertThat(Square.parse("e4")).contains(Square.E4);
        assertThat(Square.parse("h8")).contains(Square.H8);
    }

    @Test
    void somethingThatIsNotASquareNameParsesToNothing() {
        assertThat(Square.parse("E4")).isEmpty();
        assertThat(Square.parse("i1")).isEmpty();
        assertThat(Square.parse("a9")).isEmpty();
        assertThat(Square.parse("a")).isEmpty();
        assertThat(Square.parse(null)).isEmpty();
        assertThatThrownBy(() -> Square.of(8, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a1IsDarkAndH1IsLight() {
        assertThat(Square.A1.isLight()).isFalse();
        assertThat(Square.H1.isLight()).isTrue();
        assertThat(Square.D1.isLight()).isTrue();
    }

    @Test
    void aMoveIsWrittenInUci() {
        assertThat(Move.of(Square.E2, Square.E4).uci()).isEqualTo("e2e4");
        assertThat(Move.promotion(Square.E7, Square.E8, PieceType.QUEEN).uci()).isEqualTo("e7e8q");
        assertThat(Move.promotion(Square.A2, Square.B1, PieceType.KNIGHT).uci()).isEqualTo("a2b1n");
    }

    @Test
    void aMoveMustChangeSquareAndPromoteOnlyToAPieceAPawnMayBecome() {
        assertThatThrownBy(() -> Move.of(Square.E2, Square.E2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Move.promotion(Square.E7, Square.E8, PieceType.KING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Move.promotion(Square.E7, Square.E8, PieceType.PAWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesWithTheSameSquaresAndPromotionAreEqual() {
        assertThat(Move.of(Square.E2, Square.E4)).isEqualTo(new Move(Square.E2, Square.E4, Optional.empty()));
        assertThat(Move.promotion(Square.E7, Square.E8, PieceType.QUEEN))
                .isNotEqualTo(Move.promotion(Square.E7, Square.E8, PieceType.ROOK));
    }

    @Test
    void piecesHaveTheirFenLetters() {
        assertThat(Piece.of(Color.WHITE, PieceType.KNIGHT).fenChar()).isEqualTo('N');
        assertThat(Piece.of(Color.BLACK, PieceType.QUEEN).fenChar()).isEqualTo('q');
        assertThat(Piece.fromFenChar('k')).contains(new Piece(Color.BLACK, PieceType.KING));
        assertThat(Piece.fromFenChar('P')).contains(new Piece(Color.WHITE, PieceType.PAWN));
        assertThat(Piece.fromFenChar('x')).isEmpty();
        for (Color color : Color.values()) {
            for (PieceType type : PieceType.values()) {
                Piece piece = Piece.of(color, type);
                assertThat(Piece.fromFenChar(piece.fenChar())).contains(piece);
            }
        }
    }

    @Test
    void eachColourIsTheOppositeOfTheOther() {
        assertThat(Color.WHITE.opposite()).isEqualTo(Color.BLACK);
        assertThat(Color.BLACK.opposite()).isEqualTo(Color.WHITE);
    }

    @Test
    void pieceTypesHaveTheirEnglishLetters() {
        assertThat(PieceType.values()).extracting(PieceType::letter).containsExactly('P', 'N', 'B', 'R', 'Q', 'K');
    }
}
