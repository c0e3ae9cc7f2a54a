package dev.eschess.chess;

import static dev.eschess.chess.UciMoves.fen;
import static dev.eschess.chess.UciMoves.move;
import static dev.eschess.chess.UciMoves.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void playReturnsTheNextPositionAndLeavesTheOriginalUnchanged() {
        Position start = Position.initial();
        String before = start.fen();

        Position next = start.play(move("e2e4"));

        assertThat(start.fen()).isEqualTo(before);
        assertThat(start.pieceAt(Square.E2)).contains(Piece.of(Color.WHITE, PieceType.PAWN));
        assertThat(next.pieceAt(Square.E4)).contains(Piece.of(Color.WHITE, PieceType.PAWN));
        assertThat(next.pieceAt(Square.E2)).isEmpty();
        assertThat(next.sideToMove()).isEqualTo(Color.BLACK);
        assertThat(next).isNotSameAs(start).isNotEqualTo(start);
    }

    @Test
    void playRejectsAnIllegalMove() {
        assertThatThrownBy(() -> Position.initial().play(move("e2e5")))
                .isInstanceOfSatisfying(IllegalMoveException.class,
                        e -> assertThat(e.move()).isEqualTo(move("e2e5")))
                .hasMessageContaining("e2e5");
    }

    @Test
    void playRejectsAMoveOfTheSideNotToMove() {
        assertThatThrownBy(() -> Position.initial().play(move("e7e5"))).isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void playRejectsAMoveThatLeavesTheKingInCheck() {
        Position position = fen("4k3/4r3/8/8/8/8/4B3/4K3 w - - 0 1");

        assertThatThrownBy(() -> position.play(move("e2d3"))).isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void isLegalAgreesWithTheListOfLegalMoves() {
        Position position = Position.initial();

        assertThat(position.isLegal(move("g1f3"))).isTrue();
        assertThat(position.isLegal(move("g1g3"))).isFalse();
        assertThat(position.legalMoves()).allMatch(position::isLegal);
    }

    @Test
    void theReturnedCollectionsCannotBeModified() {
        Position position = Position.initial();

        assertThatThrownBy(() -> position.legalMoves().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> position.pieces().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> position.castlingRights().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(position.legalMoves()).hasSize(20);
    }

    @Test
    void positionsWithTheSameStateAreEqual() {
        Position byMoves = play(Position.initial(), "g1f3", "g8f6", "f3g1", "f6g8");
        Position byFen = fen("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 4 3");

        assertThat(byMoves).isEqualTo(byFen).hasSameHashCodeAs(byFen);
        assertThat(byMoves).isNotEqualTo(Position.initial());
    }

    @Test
    void theRepetitionKeyIgnoresTheClocks() {
        Position byMoves = play(Position.initial(), "g1f3", "g8f6", "f3g1", "f6g8");

        assertThat(byMoves.repetitionKey()).isEqualTo(Position.initial().repetitionKey())
                .isEqualTo("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq -");
    }

    @Test
    void theRepetitionKeyShowsEnPassantOnlyWhenACaptureIsLegal() {
        Position afterDoublePush = play(Position.initial(), "e2e4");
        Position capturable = play(Position.initial(), "e2e4", "g8f6", "e4e5", "d7d5");

        assertThat(afterDoublePush.repetitionKey()).endsWith(" b KQkq -");
        assertThat(capturable.repetitionKey()).endsWith(" w KQkq d6");
    }

    @Test
    void theHalfmoveClockCountsMovesSinceTheLastCaptureOrPawnMove() {
        Position knights = play(Position.initial(), "g1f3", "g8f6");
        Position pawnMove = knights.play(move("e2e4"));
        Position capture = play(pawnMove, "f6e4");

        assertThat(knights.halfmoveClock()).isEqualTo(2);
        assertThat(pawnMove.halfmoveClock()).isZero();
        assertThat(capture.halfmoveClock()).isZero();
    }

    @Test
    void theFullmoveNumberGrowsAfterBlackMoves() {
        assertThat(play(Position.initial(), "e2e4").fullmoveNumber()).isEqualTo(1);
        assertThat(play(Position.initial(), "e2e4", "e7e5").fullmoveNumber()).isEqualTo(2);
    }

    @Test
    void aCaptureIsRecognised() {
        Position position = play(Position.initial(), "e2e4", "d7d5");

        assertThat(position.isCapture(move("e4d5"))).isTrue();
        assertThat(position.isCapture(move("e4e5"))).isFalse();
        assertThat(position.isCapture(move("e4e6"))).isFalse();
    }

    @Test
    void anEnPassantCaptureIsACapture() {
        Position position = play(Position.initial(), "e2e4", "a7a6", "e4e5", "d7d5");

        assertThat(position.isCapture(move("e5d6"))).isTrue();
    }

    @Test
    void theMovingPieceIsThePieceOnTheOriginSquare() {
        assertThat(Position.initial().movingPiece(move("g1f3"))).contains(Piece.of(Color.WHITE, PieceType.KNIGHT));
        assertThat(Position.initial().movingPiece(move("e4e5"))).isEmpty();
    }

    @Test
    void kingSquareFindsEachKing() {
        assertThat(Position.initial().kingSquare(Color.WHITE)).isEqualTo(Square.E1);
        assertThat(Position.initial().kingSquare(Color.BLACK)).isEqualTo(Square.E8);
    }

    @Test
    void thePositionPrintsAsItsFen() {
        assertThat(Position.initial()).hasToString("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1");
    }
}
