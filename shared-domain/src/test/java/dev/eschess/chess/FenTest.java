package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FenTest {

    /** One FEN per kind of error; {@link #everyFenErrorHasAnExample()} keeps it complete. */
    private static final Map<FenError, String> EXAMPLES = new EnumMap<>(Map.ofEntries(
            Map.entry(FenError.EMPTY, "   "),
            Map.entry(FenError.FIELD_COUNT, "4k3/8/8/8/8/8/8/4K3 w - -"),
            Map.entry(FenError.RANK_COUNT, "4k3/8/8/8/8/8/4K3 w - - 0 1"),
            Map.entry(FenError.RANK_LENGTH, "4k3/8/8/8/8/ppppppppp/8/4K3 w - - 0 1"),
            Map.entry(FenError.UNKNOWN_PIECE, "4k3/8/8/8/8/8/8/4K2X w - - 0 1"),
            Map.entry(FenError.CONSECUTIVE_DIGITS, "4k3/8/8/44/8/8/8/4K3 w - - 0 1"),
            Map.entry(FenError.SIDE_TO_MOVE, "4k3/8/8/8/8/8/8/4K3 white - - 0 1"),
            Map.entry(FenError.CASTLING_SYNTAX, "r3k2r/8/8/8/8/8/8/R3K2R w QK - 0 1"),
            Map.entry(FenError.EN_PASSANT_SYNTAX, "4k3/8/8/8/8/8/8/4K3 w - e9 0 1"),
            Map.entry(FenError.HALFMOVE_CLOCK, "4k3/8/8/8/8/8/8/4K3 w - - -1 1"),
            Map.entry(FenError.FULLMOVE_NUMBER, "4k3/8/8/8/8/8/8/4K3 w - - 0 0"),
            Map.entry(FenError.MISSING_KING, "4k3/8/8/8/8/8/8/8 w - - 0 1"),
            Map.entry(FenError.TOO_MANY_KINGS, "4k3/8/8/8/8/8/8/3KK3 w - - 0 1"),
            Map.entry(FenError.PAWN_ON_BACK_RANK, "4k3/8/8/8/8/8/8/P3K3 w - - 0 1"),
            Map.entry(FenError.TOO_MANY_PAWNS, "4k3/8/8/8/8/P7/PPPPPPPP/4K3 w - - 0 1"),
            Map.entry(FenError.TOO_MANY_PIECES, "4k3/8/8/8/QQ6/8/PPPPPPPP/4K3 w - - 0 1"),
            Map.entry(FenError.CASTLING_WITHOUT_KING, "4k3/8/8/8/8/8/8/3K3R w K - 0 1"),
            Map.entry(FenError.CASTLING_WITHOUT_ROOK, "4k3/8/8/8/8/8/8/4K3 w K - 0 1"),
            Map.entry(FenError.EN_PASSANT_IMPOSSIBLE, "4k3/8/8/4p3/8/8/8/4K3 w - e5 0 1"),
            Map.entry(FenError.SIDE_NOT_TO_MOVE_IN_CHECK, "4k3/8/8/8/8/8/8/4RK2 w - - 0 1")));

    @Test
    void everyFenErrorHasAnExample() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(FenError.values());
    }

    @ParameterizedTest
    @EnumSource(FenError.class)
    void eachKindOfProblemIsReportedWithItsError(FenError error) {
        assertThatThrownBy(() -> Position.fromFen(EXAMPLES.get(error)))
                .isInstanceOfSatisfying(FenException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    private static void assertRejected(String fen, FenError error, String message) {
        assertThatThrownBy(() -> Position.fromFen(fen))
                .isInstanceOfSatisfying(FenException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aNullOrEmptyStringIsEmpty() {
        assertRejected("", FenError.EMPTY, "FEN is empty");
        assertRejected(null, FenError.EMPTY, "FEN is empty");
    }

    @Test
    void fieldCountIsNamed() {
        assertRejected("4k3/8/8/8/8/8/8/4K3 w - -", FenError.FIELD_COUNT, "FEN has 4 fields, expected 6");
        assertRejected("4k3/8/8/8/8/8/8/4K3 w - - 0 1 extra", FenError.FIELD_COUNT, "FEN has 7 fields, expected 6");
    }

    @Test
    void rankCountIsNamed() {
        assertRejected("4k3/8/8/8/8/8/8/8/4K3 w - - 0 1", FenError.RANK_COUNT, "placement has 9 ranks, expected 8");
    }

    @Test
    void aRankWithTooManySquaresNamesTheRankAndTheCount() {
        assertRejected("4k3/8/8/8/8/ppppppppp/8/4K3 w - - 0 1", FenError.RANK_LENGTH, "rank 3 has 9 squares");
    }

    @Test
    void aRankWithTooFewSquaresNamesTheRankAndTheCount() {
        assertRejected("4k3/7/8/8/8/8/8/4K3 w - - 0 1", FenError.RANK_LENGTH, "rank 7 has 7 squares");
    }

    @Test
    void anUnknownPieceLetterIsNamed() {
        assertRejected("4k3/8/8/8/8/8/8/4K2X w - - 0 1", FenError.UNKNOWN_PIECE, "rank 1 has 'X'");
        assertRejected("4k3/8/8/8/8/8/8/4K2/9 w - - 0 1", FenError.RANK_COUNT, "placement has 9 ranks");
        assertRejected("4k3/8/8/8/8/8/8/4K20 w - - 0 1", FenError.UNKNOWN_PIECE, "rank 1 has '0'");
    }

    @Test
    void twoDigitsInARowAreNotCanonical() {
        assertRejected("4k3/8/8/44/8/8/8/4K3 w - - 0 1", FenError.CONSECUTIVE_DIGITS, "rank 5 has two digits in a row");
    }

    @Test
    void theSideToMoveMustBeWOrB() {
        assertRejected("4k3/8/8/8/8/8/8/4K3 W - - 0 1", FenError.SIDE_TO_MOVE, "side to move 'W' is neither w nor b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"QK", "KK", "X", "KQkqK", "kK"})
    void theCastlingFieldMustBeASubsetOfKQkqInOrder(String castling) {
        assertRejected("r3k2r/8/8/8/8/8/8/R3K2R w " + castling + " - 0 1", FenError.CASTLING_SYNTAX,
                "castling field '" + castling + "'");
    }

    @Test
    void theEnPassantFieldMustBeASquare() {
        assertRejected("4k3/8/8/8/8/8/8/4K3 w - E6 0 1", FenError.EN_PASSANT_SYNTAX, "en passant field 'E6'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "+3", "1.5", "99999999999"})
    void theHalfmoveClockMustBeAWholeNumberOfAtLeastZero(String clock) {
        assertRejected("4k3/8/8/8/8/8/8/4K3 w - - " + clock + " 1", FenError.HALFMOVE_CLOCK,
                "halfmove clock '" + clock + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "one"})
    void theFullmoveNumberMustBeAWholeNumberOfAtLeastOne(String number) {
        assertRejected("4k3/8/8/8/8/8/8/4K3 w - - 0 " + number, FenError.FULLMOVE_NUMBER,
                "fullmove number '" + number + "'");
    }

    @Test
    void aMissingKingIsNamedWithItsColour() {
        assertRejected("4k3/8/8/8/8/8/8/8 w - - 0 1", FenError.MISSING_KING, "white has no king");
        assertRejected("8/8/8/8/8/8/8/4K3 w - - 0 1", FenError.MISSING_KING, "black has no king");
    }

    @Test
    void twoKingsOfOneColourAreTooMany() {
        assertRejected("4k2k/8/8/8/8/8/8/4K3 w - - 0 1", FenError.TOO_MANY_KINGS, "black has 2 kings");
    }

    @Test
    void aPawnOnTheFirstRankIsRejected() {
        assertRejected("4k3/8/8/8/8/8/8/P3K3 w - - 0 1", FenError.PAWN_ON_BACK_RANK, "pawn on the first rank");
    }

    @Test
    void aPawnOnTheEighthRankIsRejected() {
        assertRejected("p3k3/8/8/8/8/8/8/4K3 w - - 0 1", FenError.PAWN_ON_BACK_RANK, "pawn on the eighth rank");
    }

    @Test
    void nineKnownPawnsAreTooMany() {
        assertRejected("4k3/8/8/8/8/P7/PPPPPPPP/4K3 w - - 0 1", FenError.TOO_MANY_PAWNS, "white has 9 pawns");
    }

    @Test
    void moreThanSixteenPiecesAreTooMany() {
        assertRejected("4k3/8/8/8/8/QQQQQQQQ/QQQQQQQQ/4K3 w - - 0 1", FenError.TOO_MANY_PIECES, "white has 17 pieces");
    }

    @Test
    void promotedPiecesCannotOutnumberTheMissingPawns() {
        assertRejected("4k3/8/8/8/QQ6/8/PPPPPPPP/4K3 w - - 0 1", FenError.TOO_MANY_PIECES,
                "white has 8 pawns and at least 1 promoted pieces");
    }

    @Test
    void aCastlingRightNeedsTheKingOnItsHomeSquare() {
        assertRejected("4k3/8/8/8/8/8/8/3K3R w K - 0 1", FenError.CASTLING_WITHOUT_KING,
                "castling right K but no white king on e1");
    }

    @Test
    void aCastlingRightNeedsTheRookOnItsHomeSquare() {
        assertRejected("4k3/8/8/8/8/8/8/4K3 w K - 0 1", FenError.CASTLING_WITHOUT_ROOK,
                "castling right K but no rook on h1");
        assertRejected("4k2r/8/8/8/8/8/8/4K3 w q - 0 1", FenError.CASTLING_WITHOUT_ROOK,
                "castling right q but no rook on a8");
        assertRejected("r3k2R/8/8/8/8/8/8/4K3 b k - 0 1", FenError.CASTLING_WITHOUT_ROOK,
                "castling right k but no rook on h8 (the piece there is not a black rook)");
    }

    @Test
    void anEnPassantSquareOnTheWrongRankIsImpossible() {
        assertRejected("4k3/8/8/4p3/8/8/8/4K3 w - e5 0 1", FenError.EN_PASSANT_IMPOSSIBLE,
                "en passant square e5 is impossible");
        assertRejected("4k3/8/8/8/4P3/8/8/4K3 w - e3 0 1", FenError.EN_PASSANT_IMPOSSIBLE,
                "en passant square e3 is impossible: with white to move it must be on rank 6");
    }

    @Test
    void anEnPassantSquareWithoutThePawnThatJustPassedIsImpossible() {
        assertRejected("4k3/8/8/3P4/8/8/8/4K3 w - e6 0 1", FenError.EN_PASSANT_IMPOSSIBLE,
                "en passant square e6 is impossible: no black pawn on e5");
    }

    @Test
    void anEnPassantSquareThatIsOccupiedIsImpossible() {
        assertRejected("4k3/4n3/8/3Pp3/8/8/8/4K3 w - e6 0 1", FenError.EN_PASSANT_IMPOSSIBLE,
                "en passant square e6 is impossible: the pawn cannot have passed e6 from e7");
    }

    @Test
    void theSideNotToMoveMayNotBeInCheck() {
        assertRejected("4k3/8/8/8/8/8/8/4RK2 w - - 0 1", FenError.SIDE_NOT_TO_MOVE_IN_CHECK,
                "the side not to move is in check");
    }

    @Test
    void theSideToMoveMayBeInCheck() {
        assertThat(Position.fromFen("4k3/8/8/8/8/8/8/4RK2 b - - 0 1").isCheck()).isTrue();
    }

    // ---------------------------------------------------------------- reading

    @Test
    void readingTheStartPositionGivesEveryField() {
        Position start = Position.fromFen(Fen.INITIAL);

        assertThat(start.pieces()).hasSize(32);
        assertThat(start.pieceAt(Square.E1)).contains(Piece.of(Color.WHITE, PieceType.KING));
        assertThat(start.pieceAt(Square.D8)).contains(Piece.of(Color.BLACK, PieceType.QUEEN));
        assertThat(start.pieceAt(Square.E4)).isEmpty();
        assertThat(start.sideToMove()).isEqualTo(Color.WHITE);
        assertThat(start.castlingRights()).containsExactlyInAnyOrder(CastlingRight.values());
        assertThat(start.enPassantSquare()).isEmpty();
        assertThat(start.halfmoveClock()).isZero();
        assertThat(start.fullmoveNumber()).isEqualTo(1);
        assertThat(start).isEqualTo(Position.initial());
    }

    @Test
    void surroundingAndRepeatedBlanksAreTolerated() {
        assertThat(Position.fromFen("  4k3/8/8/8/8/8/8/4K3   b  -  - 3  7 ").fen()).isEqualTo("4k3/8/8/8/8/8/8/4K3 b - - 3 7");
    }

    // ---------------------------------------------------------------- writing and round trip

    @ParameterizedTest
    @ValueSource(strings = {
            "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
            "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
            "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
            "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1",
            "r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b KQ - 0 1",
            "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8",
            "r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10",
            "rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3",
            "4k3/8/8/8/8/8/8/4K3 b - - 99 120",
            "r3k3/8/8/8/8/8/8/4K2R w Kq - 0 1"})
    void writingWhatWasReadGivesTheSameFen(String fen) {
        assertThat(Fen.write(Position.fromFen(fen))).isEqualTo(fen);
    }

    @Test
    void readingWhatWasWrittenGivesAnEqualPosition() {
        Position position = Position.initial()
                .play(Move.of(Square.E2, Square.E4)).play(Move.of(Square.D7, Square.D5))
                .play(Move.of(Square.E4, Square.E5)).play(Move.of(Square.F7, Square.F5));

        assertThat(Position.fromFen(Fen.write(position))).isEqualTo(position);
    }

    @Test
    void theWriterShowsTheEnPassantSquareWhenACaptureIsLegal() {
        Position position = Position.initial()
                .play(Move.of(Square.E2, Square.E4)).play(Move.of(Square.D7, Square.D5))
                .play(Move.of(Square.E4, Square.E5)).play(Move.of(Square.F7, Square.F5));

        assertThat(position.fen()).isEqualTo("rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3");
    }

    @Test
    void theWriterOmitsTheEnPassantSquareWhenNoPawnCanCapture() {
        Position afterE4 = Position.initial().play(Move.of(Square.E2, Square.E4));

        assertThat(afterE4.fen()).isEqualTo("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1");
    }

    @Test
    void aPossibleButUncapturableEnPassantSquareIsReadAndDropped() {
        Position position = Position.fromFen("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1");

        assertThat(position.enPassantSquare()).isEmpty();
        assertThat(position.fen()).isEqualTo("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1");
    }

    @Test
    void theWriterOmitsTheEnPassantSquareWhenTheCaptureWouldExposeTheKing() {
        // After ...e7-e5 the d5 pawn could take en passant, but that opens the fifth rank to the rook on h5.
        Position position = Position.fromFen("8/8/8/K2Pp2r/8/8/8/4k3 w - e6 0 2");

        assertThat(position.enPassantSquare()).isEmpty();
        assertThat(position.fen()).isEqualTo("8/8/8/K2Pp2r/8/8/8/4k3 w - - 0 2");
    }
}
