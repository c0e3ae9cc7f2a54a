package dev.eschess.chess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consistency checks over the positions of many random games (fixed seed, so every run checks the same
 * positions): the engine's internal make/unmake, the immutable API and FEN must agree everywhere.
 */
class RandomGamesTest {

    private static final List<Position> POSITIONS = new ArrayList<>();

    @BeforeAll
    static void playRandomGames() {
        Random random = new Random(20261128L);
        for (PerftPositions reference : PerftPositions.ALL) {
            for (int game = 0; game < 20; game++) {
                Position position = reference.position();
                for (int ply = 0; ply < 150; ply++) {
                    POSITIONS.add(position);
                    List<Move> moves = position.legalMoves();
                    if (moves.isEmpty()) {
                        break;
                    }
                    position = position.play(moves.get(random.nextInt(moves.size())));
                }
            }
        }
    }

    @Test
    void theGamesVisitManyPositions() {
        assertThat(POSITIONS).hasSizeGreaterThan(10_000);
    }

    @Test
    void everyPositionSurvivesAFenRoundTrip() {
        for (Position position : POSITIONS) {
            assertThat(Position.fromFen(position.fen())).as(position.fen()).isEqualTo(position);
        }
    }

    @Test
    void unmakeRestoresEveryPartOfTheBoard() {
        int[] moves = new int[Board.MAX_MOVES];
        List<String> mismatches = new ArrayList<>();
        for (Position position : POSITIONS) {
            Board board = position.board();
            long[] before = snapshot(board);
            int count = board.generate(moves);
            for (int i = 0; i < count; i++) {
                board.make(moves[i]);
                board.unmake(moves[i]);
                if (!Arrays.equals(snapshot(board), before)) {
                    mismatches.add(position.fen() + " move " + moves[i]);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theBoardsRedundantViewsAgreeAfterEveryMake() {
        int[] moves = new int[Board.MAX_MOVES];
        List<String> mismatches = new ArrayList<>();
        for (Position position : POSITIONS) {
            Board board = position.board();
            int count = board.generate(moves);
            for (int i = 0; i < count; i++) {
                board.make(moves[i]);
                if (!viewsAgree(board)) {
                    mismatches.add(position.fen() + " move " + moves[i]);
                }
                board.unmake(moves[i]);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Bitboards per piece, per colour, the occupancy and the square array describe the same placement. */
    private static boolean viewsAgree(Board board) {
        long white = 0;
        long black = 0;
        for (int piece = 0; piece < 12; piece++) {
            long bits = board.pieces[piece];
            for (int sq = 0; sq < 64; sq++) {
                if ((board.squares[sq] == piece) != ((bits & (1L << sq)) != 0)) {
                    return false;
                }
            }
            if (piece < 6) {
                white |= bits;
            } else {
                black |= bits;
            }
        }
        return (white & black) == 0 && board.colors[Board.WHITE] == white && board.colors[Board.BLACK] == black
                && board.occupied == (white | black);
    }

    @Test
    void aMoveIsLegalExactlyWhenItDoesNotLeaveTheOwnKingAttacked() {
        // Cross-check of the pin and check-evasion logic against the plain definition, on pseudo-legal moves.
        for (Position position : POSITIONS.subList(0, 3_000)) {
            List<Move> legal = position.legalMoves();
            for (Move candidate : pseudoLegalCandidates(position)) {
                Board board = position.board();
                int encoded = encodeNaively(board, candidate);
                board.make(encoded);
                boolean leavesKingAttacked = board.opponentInCheck();
                assertThat(legal.contains(candidate)).as("%s %s", position.fen(), candidate.uci())
                        .isEqualTo(!leavesKingAttacked);
            }
        }
    }

    /** Every move of a non-king, non-pawn piece to an empty or enemy square it attacks (castling aside). */
    private static List<Move> pseudoLegalCandidates(Position position) {
        Board board = position.board();
        int us = board.side;
        List<Move> result = new ArrayList<>();
        for (int type = Board.KNIGHT; type <= Board.KING; type++) {
            long pieces = board.pieces[us * 6 + type];
            while (pieces != 0) {
                int from = Long.numberOfTrailingZeros(pieces);
                pieces &= pieces - 1;
                long targets = switch (type) {
                    case Board.KNIGHT -> Attacks.KNIGHT[from];
                    case Board.BISHOP -> Attacks.bishop(from, board.occupied);
                    case Board.ROOK -> Attacks.rook(from, board.occupied);
                    case Board.QUEEN -> Attacks.queen(from, board.occupied);
                    default -> Attacks.KING[from];
                } & ~board.colors[us];
                while (targets != 0) {
                    int to = Long.numberOfTrailingZeros(targets);
                    targets &= targets - 1;
                    result.add(Move.of(Square.ofIndex(from), Square.ofIndex(to)));
                }
            }
        }
        return result;
    }

    private static int encodeNaively(Board board, Move move) {
        return Board.move(move.from().index(), move.to().index(), Board.NORMAL, 0);
    }

    private static long[] snapshot(Board board) {
        long[] state = new long[12 + 2 + 1 + 64 + 5];
        System.arraycopy(board.pieces, 0, state, 0, 12);
        state[12] = board.colors[0];
        state[13] = board.colors[1];
        state[14] = board.occupied;
        for (int sq = 0; sq < 64; sq++) {
            state[15 + sq] = board.squares[sq];
        }
        state[79] = board.side;
        state[80] = board.castling;
        state[81] = board.enPassant;
        state[82] = board.halfmoveClock;
        state[83] = board.fullmoveNumber;
        return state;
    }
}
