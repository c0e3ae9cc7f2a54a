package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class PgnWriteTest {

    private static final List<Move> OPENING = List.of(
            Move.of(Square.E2, Square.E4), Move.of(Square.E7, Square.E5), Move.of(Square.G1, Square.F3));

    @Test
    void theSevenTagRosterComesFirstInItsOrderWithDefaultsForMissingTags() {
        String pgn = Pgn.write(PgnGame.of(OPENING, "*"));

        assertThat(pgn).startsWith("""
                [Event "?"]
                [Site "?"]
                [Date "????.??.??"]
                [Round "?"]
                [White "?"]
                [Black "?"]
                [Result "*"]

                """);
    }

    @Test
    void givenTagsKeepTheRosterOrderAndOtherTagsFollowIt() {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        tags.put("Annotator", "Nobody");
        tags.put("White", "Anna");
        tags.put("Event", "Club night");
        tags.put("TimeControl", "300+2");

        String pgn = Pgn.write(new PgnGame(tags, Position.initial(), OPENING, "*"));

        assertThat(tagLines(pgn)).containsExactly(
                "[Event \"Club night\"]", "[Site \"?\"]", "[Date \"????.??.??\"]", "[Round \"?\"]",
                "[White \"Anna\"]", "[Black \"?\"]", "[Result \"*\"]",
                "[Annotator \"Nobody\"]", "[TimeControl \"300+2\"]");
    }

    @Test
    void theResultTagAlwaysShowsTheGamesResult() {
        PgnGame game = PgnGame.of(OPENING, "0-1").withTag("Result", "*");

        assertThat(tagLines(Pgn.write(game))).contains("[Result \"0-1\"]");
    }

    @Test
    void movetextHasMoveNumbersAndEndsWithTheResult() {
        assertThat(movetext(Pgn.write(PgnGame.of(OPENING, "1/2-1/2")))).isEqualTo("1. e4 e5 2. Nf3 1/2-1/2");
    }

    @Test
    void aGameWithoutMovesHasOnlyTheResultAsMovetext() {
        assertThat(movetext(Pgn.write(PgnGame.of(List.of(), "*")))).isEqualTo("*");
    }

    @Test
    void aGameFromTheStandardStartHasNoSetUpOrFenTag() {
        assertThat(Pgn.write(PgnGame.of(OPENING, "*"))).doesNotContain("[SetUp").doesNotContain("[FEN");
    }

    @Test
    void aGameFromAnotherPositionHasSetUpAndFenTagsAfterTheRoster() {
        String fen = "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1";
        PgnGame game = new PgnGame(new LinkedHashMap<>(), Position.fromFen(fen), List.of(), "*");

        assertThat(tagLines(Pgn.write(game))).containsSubsequence(
                "[Result \"*\"]", "[SetUp \"1\"]", "[FEN \"" + fen + "\"]");
    }

    @Test
    void aGameThatStartsWithBlackToMoveNumbersItsFirstMoveWithThreeDots() {
        Position start = Position.fromFen("r1bqkbnr/pppp1ppp/2n5/4p3/2B1P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3");
        PgnGame game = new PgnGame(new LinkedHashMap<>(), start,
                List.of(Move.of(Square.G8, Square.F6), Move.of(Square.F3, Square.G5)), "*");

        assertThat(movetext(Pgn.write(game))).isEqualTo("3... Nf6 4. Ng5 *");
    }

    @Test
    void tagValuesEscapeQuotesAndBackslashes() {
        PgnGame game = PgnGame.of(List.of(), "*").withTag("Event", "The \"Big\" \\ Open");

        assertThat(tagLines(Pgn.write(game))).contains("[Event \"The \\\"Big\\\" \\\\ Open\"]");
    }

    @Test
    void noMovetextLineIsLongerThanEightyCharacters() {
        PgnGame game = PgnGame.of(longGame(), "*");

        List<String> lines = Pgn.write(game).lines().toList();

        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void movetextLinesAreFilledUpToTheLimit() {
        List<String> lines = movetextLines(Pgn.write(PgnGame.of(longGame(), "*")));

        assertThat(lines.subList(0, lines.size() - 1))
                .allSatisfy(line -> assertThat(line.length()).isGreaterThan(80 - 16));
    }

    @Test
    void aMoveNumberStaysOnTheLineOfItsMove() {
        List<String> lines = movetextLines(Pgn.write(PgnGame.of(longGame(), "*")));

        assertThat(lines).noneSatisfy(line -> assertThat(line).endsWith("."));
    }

    @Test
    void theTextEndsWithALineBreak() {
        assertThat(Pgn.write(PgnGame.of(OPENING, "*"))).endsWith(" *\n");
    }

    /** Up to 200 plies chosen deterministically among the legal moves, stopping early if the game ends. */
    private static List<Move> longGame() {
        List<Move> moves = new ArrayList<>();
        Position position = Position.initial();
        for (int ply = 0; ply < 200 && !position.legalMoves().isEmpty(); ply++) {
            List<Move> legal = position.legalMoves().stream().sorted(Comparator.comparing(Move::uci)).toList();
            Move move = legal.get((ply * 7) % legal.size());
            moves.add(move);
            position = position.play(move);
        }
        return moves;
    }

    private static List<String> tagLines(String pgn) {
        return pgn.lines().takeWhile(line -> !line.isEmpty()).toList();
    }

    private static List<String> movetextLines(String pgn) {
        return pgn.lines().dropWhile(line -> !line.isEmpty()).skip(1).toList();
    }

    private static String movetext(String pgn) {
        return String.join(" ", movetextLines(pgn));
    }
}
