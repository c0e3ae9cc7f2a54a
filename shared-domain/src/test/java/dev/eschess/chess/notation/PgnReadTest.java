package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.FenException;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgnReadTest {

    private static final List<Move> E4_E5_NF3 = List.of(
            Move.of(Square.E2, Square.E4), Move.of(Square.E7, Square.E5), Move.of(Square.G1, Square.F3));

    @Test
    void tagsAreReadInTheirOrder() {
        PgnGame game = Pgn.read(FamousGames.OPERA_GAME);

        assertThat(game.tags()).containsExactly(
                entry("Event", "Paris"), entry("Site", "Paris FRA"), entry("Date", "1858.??.??"),
                entry("Round", "?"), entry("White", "Paul Morphy"), entry("Black", "Duke Karl / Count Isouard"),
                entry("Result", "1-0"));
    }

    @Test
    void theMovesOfAWholeGameAreReadAndEndInTheFinalPosition() {
        PgnGame game = Pgn.read(FamousGames.OPERA_GAME);

        assertThat(game.moves()).hasSize(33);
        assertThat(game.finalPosition().isCheckmate()).isTrue();
        assertThat(game.result()).isEqualTo("1-0");
    }

    @Test
    void aGameWithoutTagsStartsFromTheStandardPosition() {
        PgnGame game = Pgn.read("1. e4 e5 2. Nf3 *");

        assertThat(game.start()).isEqualTo(Position.initial());
        assertThat(game.moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void braceCommentsAreSkippedEvenAcrossLines() {
        assertThat(Pgn.read("1. e4 {best by test,\n says Fischer} e5 {symmetry} 2. Nf3 *").moves())
                .isEqualTo(E4_E5_NF3);
    }

    @Test
    void semicolonCommentsRunToTheEndOfTheLine() {
        assertThat(Pgn.read("1. e4 ; 1... c5 would be the Sicilian\ne5 2. Nf3 *").moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void numericAnnotationGlyphsAndAnnotationMarksAreSkipped() {
        assertThat(Pgn.read("1. e4! $1 e5?! $6 2. Nf3 $14 *").moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void nestedVariationsAreSkipped() {
        String pgn = "1. e4 (1. d4 d5 (1... Nf6 2. c4 (2. Nf3)) 2. c4) e5 (1... c5 {Sicilian (sharp)}) 2. Nf3 *";

        assertThat(Pgn.read(pgn).moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void moveNumbersMayBeGluedToMovesAndBlackMovesMayHaveTheirOwnNumber() {
        assertThat(Pgn.read("1.e4 1...e5 2.Nf3 *").moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void escapeLinesStartingWithPercentAreSkipped() {
        assertThat(Pgn.read("% produced by a test\n1. e4 e5 2. Nf3 *").moves()).isEqualTo(E4_E5_NF3);
    }

    @Test
    void escapedQuotesAndBackslashesInTagValuesAreRead() {
        PgnGame game = Pgn.read("[Event \"The \\\"Big\\\" \\\\ Open\"]\n\n*");

        assertThat(game.tags()).containsEntry("Event", "The \"Big\" \\ Open");
    }

    @Test
    void theFenTagGivesTheStartPositionAndStaysOutOfTheTags() {
        String fen = "r1bqkbnr/pppp1ppp/2n5/4p3/2B1P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3";
        PgnGame game = Pgn.read("[SetUp \"1\"]\n[FEN \"" + fen + "\"]\n\n3... Nf6 4. Ng5 *");

        assertThat(game.start()).isEqualTo(Position.fromFen(fen));
        assertThat(game.moves()).containsExactly(Move.of(Square.G8, Square.F6), Move.of(Square.F3, Square.G5));
        assertThat(game.tags()).doesNotContainKeys("SetUp", "FEN");
    }

    @Test
    void theResultComesFromTheTerminationMarker() {
        assertThat(Pgn.read("1. e4 e5 0-1").result()).isEqualTo("0-1");
    }

    @Test
    void withoutATerminationMarkerTheResultComesFromTheResultTag() {
        assertThat(Pgn.read("[Result \"1/2-1/2\"]\n\n1. e4 e5").result()).isEqualTo("1/2-1/2");
    }

    @Test
    void withoutMarkerOrTagTheResultIsUnknown() {
        assertThat(Pgn.read("1. e4 e5").result()).isEqualTo("*");
    }

    @Test
    void castlingWithZerosIsReadInMovetextWithoutBeingTakenForAResult() {
        PgnGame game = Pgn.read("1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. 0-0 *");

        assertThat(game.moves().getLast()).isEqualTo(Move.of(Square.E1, Square.G1));
        assertThat(game.result()).isEqualTo("*");
    }

    @Test
    void anIllegalMoveIsNamedWithItsMoveNumber() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e5 2. Nf3 Nc6 3. Nf6 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("illegal move 'Nf6' at move 3");
                    assertThat(e.token()).isEqualTo("Nf6");
                    assertThat(e.moveNumber()).isEqualTo(3);
                });
    }

    @Test
    void anIllegalBlackMoveIsNamedWithTheMoveNumberAndDots() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e4 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("illegal move 'e4' at move 1...");
                    assertThat(e.moveNumber()).isEqualTo(1);
                });
    }

    @Test
    void anUnreadableMoveIsNamed() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e5 2. Xy9 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unreadable move 'Xy9' at move 2");
                    assertThat(e.token()).isEqualTo("Xy9");
                });
    }

    @Test
    void anAmbiguousMoveIsNamed() {
        assertThatThrownBy(() -> Pgn.read("1. Nf3 d5 2. d4 Nf6 3. Nd2 *"))
                .isInstanceOfSatisfying(PgnException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("ambiguous move 'Nd2' at move 3"));
    }

    @Test
    void aMoveAfterCheckmateIsIllegal() {
        assertThatThrownBy(() -> Pgn.read("1. f3 e5 2. g4 Qh4# 3. a3 0-1"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.token()).isEqualTo("a3");
                    assertThat(e.moveNumber()).isEqualTo(3);
                });
    }

    @Test
    void anUnclosedCommentIsAnError() {
        assertThatThrownBy(() -> Pgn.read("1. e4 {unfinished e5 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unclosed comment at move 1...");
                    assertThat(e.token()).isEqualTo("{");
                });
    }

    @Test
    void anUnclosedVariationIsAnError() {
        assertThatThrownBy(() -> Pgn.read("1. e4 (1. d4 d5 e5 2. Nf3 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unclosed variation");
                    assertThat(e.token()).isEqualTo("(");
                });
    }

    @Test
    void aClosingParenthesisWithoutVariationIsAnError() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e5) 2. Nf3 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.token()).isEqualTo(")");
                    assertThat(e.moveNumber()).isEqualTo(2);
                });
    }

    @Test
    void anUnexpectedCharacterIsAnError() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e5 & 2. Nf3 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unexpected character '&' at move 2");
                    assertThat(e.token()).isEqualTo("&");
                });
    }

    @Test
    void aMalformedTagIsAnErrorBeforeTheFirstMove() {
        assertThatThrownBy(() -> Pgn.read("[Event Paris]\n\n1. e4 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.token()).isEqualTo("[Event Paris]");
                    assertThat(e.moveNumber()).isZero();
                });
    }

    @Test
    void aTagNameWithCharactersOtherThanLettersDigitsAndUnderscoreIsAnError() {
        assertThatThrownBy(() -> Pgn.read("[White+Elo \"2000\"]\n\n*"))
                .isInstanceOfSatisfying(PgnException.class,
                        e -> assertThat(e.token()).isEqualTo("[White+Elo \"2000\"]"));
    }

    @Test
    void aDuplicateTagIsAnError() {
        assertThatThrownBy(() -> Pgn.read("[White \"A\"]\n[White \"B\"]\n\n*"))
                .isInstanceOfSatisfying(PgnException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("duplicate tag White"));
    }

    @Test
    void aBadFenTagIsAnErrorThatRepeatsTheFenProblem() {
        assertThatThrownBy(() -> Pgn.read("[SetUp \"1\"]\n[FEN \"8/8/8/8/8/8/8/8 w - - 0 1\"]\n\n*"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.getMessage()).startsWith("bad FEN tag");
                    assertThat(e.getCause()).isInstanceOf(FenException.class);
                    assertThat(e.token()).isEqualTo("8/8/8/8/8/8/8/8 w - - 0 1");
                });
    }

    @Test
    void setUpWithoutFenIsAnError() {
        assertThatThrownBy(() -> Pgn.read("[SetUp \"1\"]\n\n1. e4 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> assertThat(e.token()).isEqualTo("SetUp"));
    }

    @Test
    void aTerminationMarkerThatContradictsTheResultTagIsAnError() {
        assertThatThrownBy(() -> Pgn.read("[Result \"1-0\"]\n\n1. e4 e5 0-1"))
                .isInstanceOfSatisfying(PgnException.class, e -> {
                    assertThat(e.token()).isEqualTo("0-1");
                    assertThat(e.getMessage()).contains("Result");
                });
    }

    @Test
    void textAfterTheTerminationMarkerIsAnErrorAsOnlyOneGameIsRead() {
        assertThatThrownBy(() -> Pgn.read("1. e4 e5 *\n\n[Event \"second game\"]\n\n1. d4 *"))
                .isInstanceOfSatisfying(PgnException.class, e -> assertThat(e.token()).isEqualTo("[Event"));
    }

    @Test
    void textWithoutAGameIsAnError() {
        assertThatThrownBy(() -> Pgn.read("  \n {just a comment}\n"))
                .isInstanceOfSatisfying(PgnException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("no PGN game in the text"));
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
