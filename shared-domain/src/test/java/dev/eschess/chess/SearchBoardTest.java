package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search board is the internal board opened up for engines: its moves are proven by perft at the published
 * counts, and its hash by comparing the incrementally updated value with one computed afresh.
 */
class SearchBoardTest {

    private static final int PERFT_DEPTH = 4;

    static Stream<Arguments> publishedCounts() {
        return PerftPositions.ALL.stream().map(reference -> Arguments.of(reference.name(), reference));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedCounts")
    void perftThroughTheSearchBoardMatchesThePublishedCount(String name, PerftPositions reference) {
        SearchBoard board = SearchBoard.of(reference.position());

        assertThat(perft(board, PERFT_DEPTH, new int[PERFT_DEPTH][SearchBoard.MAX_MOVES]))
                .isEqualTo(reference.count(PERFT_DEPTH));
    }

    @Test
    void makeAndUnmakeLeaveTheBoardAsItWas() {
        Position kiwipete = PerftPositions.KIWIPETE.position();
        SearchBoard board = SearchBoard.of(kiwipete);
        long hash = board.hash();

        perft(board, 3, new int[3][SearchBoard.MAX_MOVES]);

        assertThat(board.toPosition()).isEqualTo(kiwipete);
        assertThat(board.hash()).isEqualTo(hash);
    }

    @Test
    void theIncrementalHashEqualsTheHashOfTheSamePositionBuiltAfresh() {
        List<String> mismatches = new ArrayList<>();
        forEachPositionOfRandomGames((board, move) -> {
            board.make(move);
            if (board.hash() != SearchBoard.of(board.toPosition()).hash()) {
                mismatches.add(board.toPosition().fen());
            }
            board.unmake(move);
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void positionsHashEquallyExactlyWhenTheirRepetitionKeysAreEqual() {
        Map<String, Long> hashByKey = new HashMap<>();
        Map<Long, String> keyByHash = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        forEachPositionOfRandomGames((board, move) -> {
            String key = board.toPosition().repetitionKey();
            long hash = board.hash();
            Long known = hashByKey.putIfAbsent(key, hash);
            String knownKey = keyByHash.putIfAbsent(hash, key);
            if ((known != null && known != hash) || (knownKey != null && !knownKey.equals(key))) {
                conflicts.add(key);
            }
        });

        assertThat(hashByKey).hasSizeGreaterThan(5_000);
        assertThat(conflicts).isEmpty();
    }

    @Test
    void twoMoveOrdersThatReachTheSamePositionHashEqually() {
        SearchBoard knightsFirst = afterMoves(Position.initial(), "g1f3", "g8f6", "b1c3");
        SearchBoard otherKnightFirst = afterMoves(Position.initial(), "b1c3", "g8f6", "g1f3");

        assertThat(knightsFirst.hash()).isEqualTo(otherKnightFirst.hash());
        assertThat(knightsFirst.hash()).isNotEqualTo(afterMoves(Position.initial(), "g1f3", "g8f6").hash());
    }

    @Test
    void anEnPassantSquareCountsInTheHashOnlyWhenTheCaptureIsLegal() {
        // After d7d5 the white pawn on e5 may take en passant; the same placement reached otherwise may not.
        SearchBoard capturable = afterMoves(Position.fromFen("4k3/3p4/8/4P3/8/8/8/4K3 b - - 0 1"), "d7d5");
        Position samePlacementWithoutTheRight = Position.fromFen("4k3/8/8/3pP3/8/8/8/4K3 w - - 0 2");
        // Here the e5 pawn is pinned to its king along the rank, so capturing en passant is illegal.
        SearchBoard pinned = afterMoves(Position.fromFen("8/3p4/8/K3P2r/8/8/8/7k b - - 0 1"), "d7d5");
        Position pinnedWithoutTheRight = Position.fromFen("8/8/8/K2pP2r/8/8/8/7k w - - 0 2");

        assertThat(capturable.hash()).isNotEqualTo(SearchBoard.of(samePlacementWithoutTheRight).hash());
        assertThat(pinned.hash()).isEqualTo(SearchBoard.of(pinnedWithoutTheRight).hash());
    }

    @Test
    void aNullMovePassesTheTurnAndIsTakenBackWhole() {
        SearchBoard board = afterMoves(Position.initial(), "e2e4");
        Position before = board.toPosition();
        long hash = board.hash();

        board.makeNullMove();
        Color sideAfterNullMove = board.toPosition().sideToMove();
        long hashAfterNullMove = board.hash();
        board.unmakeNullMove();

        assertThat(sideAfterNullMove).isEqualTo(Color.WHITE);
        assertThat(hashAfterNullMove).isNotEqualTo(hash);
        assertThat(board.toPosition()).isEqualTo(before);
        assertThat(board.hash()).isEqualTo(hash);
    }

    @Test
    void aNullMoveIsRefusedInCheck() {
        SearchBoard board = SearchBoard.of(Position.fromFen("4k3/8/8/8/8/8/4r3/4K3 w - - 0 1"));

        assertThatThrownBy(board::makeNullMove).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insufficientMaterialFollowsThePositionsRule() {
        List<String> fens = List.of("4k3/8/8/8/8/8/8/4K3 w - - 0 1", "4k3/8/8/8/8/8/8/4KN2 w - - 0 1",
                "4k3/8/8/8/8/8/8/4KB2 w - - 0 1", "4kb2/8/8/8/8/8/8/2B1K3 w - - 0 1",
                "4k1b1/8/8/8/8/8/8/2B1K3 w - - 0 1", "4k3/8/8/8/8/8/8/3NKN2 w - - 0 1",
                "4k3/8/8/8/8/8/4P3/4K3 w - - 0 1", "4k3/8/8/8/8/8/8/3RK3 w - - 0 1",
                "4kn2/8/8/8/8/8/8/4KB2 w - - 0 1");

        for (String fen : fens) {
            Position position = Position.fromFen(fen);
            assertThat(SearchBoard.of(position).hasInsufficientMaterial()).as(fen)
                    .isEqualTo(position.hasInsufficientMaterial());
        }
    }

    @Test
    void everyEncodedMoveNamesALegalMoveOfThePositionAndEncodesBackToItself() {
        Position position4 = PerftPositions.POSITION_4.position();
        SearchBoard board = SearchBoard.of(position4);
        int[] moves = new int[SearchBoard.MAX_MOVES];
        int count = board.legalMoves(moves);

        List<Move> named = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            named.add(SearchBoard.toMove(moves[i]));
            assertThat(board.encode(SearchBoard.toMove(moves[i]))).hasValue(moves[i]);
        }

        assertThat(named).containsExactlyInAnyOrderElementsOf(position4.legalMoves());
        assertThat(board.encode(Move.of(Square.A1, Square.A8))).isEmpty();
    }

    @Test
    void theCapturedPieceOfAnEnPassantCaptureIsThePawnBesideTheTarget() {
        SearchBoard board = afterMoves(Position.fromFen("4k3/3p4/8/4P3/8/8/8/4K3 b - - 0 1"), "d7d5");
        int enPassant = board.encode(Move.of(Square.E5, Square.D6)).orElseThrow();
        int quiet = board.encode(Move.of(Square.E5, Square.E6)).orElseThrow();

        assertThat(board.capturedPiece(enPassant)).isEqualTo(Piece.of(Color.BLACK, PieceType.PAWN).code());
        assertThat(board.capturedPiece(quiet)).isEqualTo(SearchBoard.NO_PIECE);
    }

    @Test
    void attacksOfAPieceFollowTheOccupancy() {
        SearchBoard board = SearchBoard.of(Position.initial());

        assertThat(board.attacks(Square.G1.index())).isEqualTo(bits(Square.E2, Square.F3, Square.H3));
        assertThat(board.attacks(Square.C1.index())).isEqualTo(bits(Square.B2, Square.D2));
        assertThat(board.attacks(Square.E4.index())).isZero();
    }

    @Test
    void playingOnTheSearchBoardLeavesThePositionItCameFromUnchanged() {
        Position start = Position.initial();
        SearchBoard board = SearchBoard.of(start);

        board.make(board.encode(Move.of(Square.E2, Square.E4)).orElseThrow());

        assertThat(start.fen()).isEqualTo(Fen.INITIAL);
        assertThat(board.toPosition()).isEqualTo(start.play(Move.of(Square.E2, Square.E4)));
    }

    private static long perft(SearchBoard board, int depth, int[][] buffers) {
        int[] moves = buffers[depth - 1];
        int count = board.legalMoves(moves);
        if (depth == 1) {
            return count;
        }
        long nodes = 0;
        for (int i = 0; i < count; i++) {
            board.make(moves[i]);
            nodes += perft(board, depth - 1, buffers);
            board.unmake(moves[i]);
        }
        return nodes;
    }

    /** Random games from every reference position (fixed seed); visits each position with one of its moves. */
    private static void forEachPositionOfRandomGames(PositionVisitor visitor) {
        Random random = new Random(20260517L);
        int[] moves = new int[SearchBoard.MAX_MOVES];
        for (PerftPositions reference : PerftPositions.ALL) {
            for (int game = 0; game < 12; game++) {
                SearchBoard board = SearchBoard.of(reference.position());
                for (int ply = 0; ply < 120; ply++) {
                    int count = board.legalMoves(moves);
                    if (count == 0) {
                        break;
                    }
                    int move = moves[random.nextInt(count)];
                    visitor.visit(board, move);
                    board.make(move);
                }
            }
        }
    }

    private interface PositionVisitor {
        void visit(SearchBoard board, int move);
    }

    private static SearchBoard afterMoves(Position start, String... uci) {
        SearchBoard board = SearchBoard.of(start);
        for (String move : uci) {
            Move named = Move.of(Square.parse(move.substring(0, 2)).orElseThrow(),
                    Square.parse(move.substring(2, 4)).orElseThrow());
            board.make(board.encode(named).orElseThrow());
        }
        return board;
    }

    private static long bits(Square... squares) {
        long result = 0;
        for (Square square : squares) {
            result |= 1L << square.index();
        }
        return result;
    }
}
