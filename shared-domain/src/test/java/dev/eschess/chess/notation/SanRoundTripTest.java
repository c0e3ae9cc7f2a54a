package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legal move of every perft reference position, and of every position one move later (the moves counted
 * by perft(1) and perft(2)), survives formatting and reading back in SAN and in UCI.
 */
class SanRoundTripTest {

    static Stream<Arguments> perftPositions() {
        return Stream.of(
                Arguments.of("start", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", 20, 400),
                Arguments.of("kiwipete", "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
                        48, 2039),
                Arguments.of("position 3", "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1", 14, 191),
                Arguments.of("position 4", "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1",
                        6, 264),
                Arguments.of("position 4 mirrored",
                        "r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b KQ - 0 1", 6, 264),
                Arguments.of("position 5", "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8", 44, 1486),
                Arguments.of("position 6",
                        "r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10", 46, 2079));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perftPositions")
    void everyLegalMoveToDepthTwoReadsBackFromItsSan(String name, String fen, int perft1, int perft2) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Position position : rootAndChildren(fen)) {
            for (Move move : position.legalMoves()) {
                String san = San.format(position, move);
                Move read = San.parse(position, san);
                if (!read.equals(move)) {
                    failures.add(position.fen() + ": " + move + " -> " + san + " -> " + read);
                }
                checked++;
            }
        }

        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(perft1 + perft2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perftPositions")
    void everyLegalMoveToDepthTwoHasItsOwnSan(String name, String fen, int perft1, int perft2) {
        List<String> duplicates = new ArrayList<>();
        for (Position position : rootAndChildren(fen)) {
            Set<String> seen = new HashSet<>();
            for (Move move : position.legalMoves()) {
                String san = San.format(position, move);
                if (!seen.add(san)) {
                    duplicates.add(position.fen() + ": " + san);
                }
            }
        }

        assertThat(duplicates).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perftPositions")
    void everyLegalMoveToDepthTwoReadsBackFromItsUci(String name, String fen, int perft1, int perft2) {
        List<String> failures = new ArrayList<>();
        for (Position position : rootAndChildren(fen)) {
            for (Move move : position.legalMoves()) {
                String uci = Uci.format(move);
                if (!Uci.parse(uci).equals(move) || !MoveText.parse(position, uci).equals(move)) {
                    failures.add(position.fen() + ": " + uci);
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perftPositions")
    void everyLegalMoveToDepthTwoIsFoundByMoveTextFromItsSan(String name, String fen, int perft1, int perft2) {
        List<String> failures = new ArrayList<>();
        for (Position position : rootAndChildren(fen)) {
            for (Move move : position.legalMoves()) {
                String san = San.format(position, move);
                if (!MoveText.parse(position, san).equals(move)) {
                    failures.add(position.fen() + ": " + san);
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    private static List<Position> rootAndChildren(String fen) {
        Position root = Position.fromFen(fen);
        List<Position> positions = new ArrayList<>();
        positions.add(root);
        root.legalMoves().forEach(move -> positions.add(root.play(move)));
        return positions;
    }
}
