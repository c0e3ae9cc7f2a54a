package dev.eschess.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Position;
import dev.eschess.chess.SearchBoard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's properties, each of which a search relies on. */
class EvaluatorTest {

    private static final List<String> POSITIONS = List.of(
            "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
            "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
            "r1bq1rk1/pp2bppp/2n1pn2/2pp4/3P4/2PBPN2/PP1N1PPP/R1BQ1RK1 w - - 0 8",
            "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
            "6k1/5ppp/8/3P4/8/8/5PPP/6K1 b - - 0 1");

    @Test
    void givenAPositionAndItsColourMirror_whenEvaluated_thenTheSideToMoveScoresTheSame() {
        for (String fen : POSITIONS) {
            int score = evaluate(fen);
            int mirrored = evaluate(mirror(fen));

            assertThat(mirrored).as(fen).isEqualTo(score);
        }
    }

    @Test
    void givenTheStartPosition_whenEvaluated_thenNeitherSideIsMuchBetter() {
        assertThat(evaluate(POSITIONS.getFirst())).isBetween(-30, 30);
    }

    @Test
    void givenAnExtraQueen_whenEvaluated_thenTheSideWithItIsFarAhead() {
        int score = evaluate("rnb1kbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1");

        assertThat(score).isGreaterThan(800);
    }

    @Test
    void givenAPassedPawn_whenItAdvances_thenItIsWorthMore() {
        int onTheThird = evaluate("6k1/8/8/8/8/3P4/8/6K1 w - - 0 1");
        int onTheSixth = evaluate("6k1/8/3P4/8/8/8/8/6K1 w - - 0 1");

        assertThat(onTheSixth).isGreaterThan(onTheThird + 50);
    }

    @Test
    void givenTheBishopPair_whenEvaluated_thenItIsWorthMoreThanBishopAndKnight() {
        int pair = evaluate("4k3/pppp4/8/8/8/8/PPPP4/2B1KB2 w - - 0 1");
        int bishopAndKnight = evaluate("4k3/pppp4/8/8/8/8/PPPP4/2B1KN2 w - - 0 1");

        assertThat(pair).isGreaterThan(bishopAndKnight);
    }

    @Test
    void givenAWonEndingWithoutPawns_whenTheLoneKingIsInTheCorner_thenTheStrongSideScoresMoreThanWithItInTheCentre() {
        int cornered = evaluate("k7/8/2K5/8/8/8/8/6Q1 w - - 0 1");
        int central = evaluate("8/8/2K5/4k3/8/8/8/6Q1 w - - 0 1");

        assertThat(cornered).isGreaterThan(central);
    }

    @Test
    void givenACastledKing_whenItsShieldPawnsHaveAdvanced_thenItIsLessSafe() {
        int sheltered = evaluate("r2q1rk1/ppp2ppp/2n5/8/8/2N5/PPP2PPP/R2Q1RK1 w - - 0 1");
        int exposed = evaluate("r2q1rk1/ppp2ppp/2n5/8/6PP/2N5/PPP2P2/R2Q1RK1 w - - 0 1");

        assertThat(sheltered).isGreaterThan(exposed);
    }

    private static int evaluate(String fen) {
        return Evaluator.evaluate(SearchBoard.of(Position.fromFen(fen)));
    }

    /** The position with the board turned around and the colours swapped (same moves, same value for the mover). */
    private static String mirror(String fen) {
        String[] fields = fen.split(" ");
        String[] ranks = fields[0].split("/");
        StringBuilder placement = new StringBuilder();
        for (int i = ranks.length - 1; i >= 0; i--) {
            placement.append(swapCase(ranks[i]));
            if (i > 0) {
                placement.append('/');
            }
        }
        String side = fields[1].equals("w") ? "b" : "w";
        String castling = fields[2].equals("-") ? "-" : sortedCastling(swapCase(fields[2]));
        String enPassant = fields[3].equals("-")
                ? "-"
                : fields[3].charAt(0) + String.valueOf(9 - (fields[3].charAt(1) - '0'));
        return String.join(" ", placement, side, castling, enPassant, fields[4], fields[5]);
    }

    private static String sortedCastling(String rights) {
        StringBuilder sorted = new StringBuilder();
        for (char right : "KQkq".toCharArray()) {
            if (rights.indexOf(right) >= 0) {
                sorted.append(right);
            }
        }
        return sorted.toString();
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }
}
