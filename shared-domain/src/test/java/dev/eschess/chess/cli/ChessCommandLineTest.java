package dev.eschess.chess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChessCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Each reading of the clock advances it by 250 ms, so a run takes exactly 250 ms. */
    private final AtomicLong clock = new AtomicLong();

    private int run(String... args) {
        ChessCommandLine commandLine = new ChessCommandLine(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> clock.getAndAdd(250_000_000L));
        return commandLine.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pgnChecksAGameAndPrintsItsTagsMovesResultAndFinalPosition(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("fools-mate.pgn"),
                "[White \"Alice\"]\n[Black \"Bob\"]\n[Result \"0-1\"]\n\n1. f3 e5 2. g4 Qh4# 0-1\n");

        int status = run("pgn", file.toString());

        assertThat(status).isZero();
        assertThat(out()).contains("White: Alice", "Black: Bob", "Moves: 4", "Result: 0-1",
                "FEN: rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3");
        assertThat(err()).isEmpty();
    }

    @Test
    void pgnWithAnIllegalMoveExitsWithStatusTwoAndOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("illegal.pgn"), "1. e4 e5 2. Ke3 *\n");

        int status = run("pgn", file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("not a legal game in ").contains("Ke3").endsWith(System.lineSeparator());
        assertThat(err().lines()).hasSize(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void pgnOfAMissingFileExitsWithStatusTwo(@TempDir Path dir) {
        int status = run("pgn", dir.resolve("absent.pgn").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("cannot read ");
    }

    @Test
    void perftPrintsNodesTimeAndNodesPerSecond() {
        int status = run("perft", "3");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("Nodes: 8902\nTime: 250 ms\nNPS: 35608\n".replace("\n", System.lineSeparator()));
        assertThat(err()).isEmpty();
    }

    @Test
    void perftTakesAFenAsOneArgument() {
        int status = run("perft", "2", "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");

        assertThat(status).isZero();
        assertThat(out()).startsWith("Nodes: 2039");
    }

    @Test
    void perftTakesAFenAsSeparateFields() {
        int status = run("perft", "2", "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8", "w", "-", "-", "0", "1");

        assertThat(status).isZero();
        assertThat(out()).startsWith("Nodes: 191");
    }

    @Test
    void divideListsEachRootMoveSortedThenTheTotals() {
        int status = run("perft", "2", "--divide");

        assertThat(status).isZero();
        String[] lines = out().split("\\R");
        assertThat(lines).hasSize(23);
        assertThat(lines[0]).isEqualTo("a2a3: 20");
        assertThat(lines[19]).isEqualTo("h2h4: 20");
        assertThat(java.util.Arrays.copyOf(lines, 20)).isSorted().allMatch(line -> line.matches("[a-h][1-8][a-h][1-8]: 20"));
        assertThat(lines[20]).isEqualTo("Nodes: 400");
        assertThat(lines[21]).startsWith("Time: ");
        assertThat(lines[22]).startsWith("NPS: ");
    }

    @Test
    void divideShowsPromotionsInUci() {
        int status = run("perft", "1", "8/4P3/8/8/8/8/k7/4K3 w - - 0 1", "--divide");

        assertThat(status).isZero();
        assertThat(out()).contains("e7e8q: 1", "e7e8r: 1", "e7e8b: 1", "e7e8n: 1");
    }

    @Test
    void depthZeroCountsTheRootOnly() {
        assertThat(run("perft", "0")).isZero();
        assertThat(out()).startsWith("Nodes: 1");
    }

    private void assertUsageError(String... args) {
        int status = run(args);

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err().strip()).isNotEmpty().doesNotContain("\n");
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertUsageError();
        assertThat(err()).contains("usage: perft DEPTH [FEN] [--divide]");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertUsageError("divide", "3");
        assertThat(err()).contains("unknown command 'divide'");
    }

    @Test
    void aMissingDepthIsAUsageError() {
        assertUsageError("perft");
    }

    @ParameterizedTest
    @ValueSource(strings = {"three", "-1", "2.5", "", "99"})
    void aDepthThatIsNotAWholeNumberInRangeIsAUsageError(String depth) {
        assertUsageError("perft", depth);
        assertThat(err()).contains("DEPTH");
    }

    @Test
    void aBadFenIsAUsageErrorNamingTheProblem() {
        assertUsageError("perft", "1", "4k3/8/8/8/8/8/8/8 w - - 0 1");
        assertThat(err()).contains("bad FEN: white has no king");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertUsageError("perft", "1", "--verbose");
    }

    @Test
    void divideNeedsADepthOfAtLeastOne() {
        assertUsageError("perft", "0", "--divide");
    }
}
