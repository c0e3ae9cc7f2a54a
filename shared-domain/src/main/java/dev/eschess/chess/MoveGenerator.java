package dev.eschess.chess;

import static dev.eschess.chess.Board.BISHOP;
import static dev.eschess.chess.Board.BLACK_KINGSIDE;
import static dev.eschess.chess.Board.BLACK_QUEENSIDE;
import static dev.eschess.chess.Board.CASTLE;
import static dev.eschess.chess.Board.DOUBLE_PUSH;
import static dev.eschess.chess.Board.EN_PASSANT;
import static dev.eschess.chess.Board.KING;
import static dev.eschess.chess.Board.KNIGHT;
import static dev.eschess.chess.Board.NORMAL;
import static dev.eschess.chess.Board.PAWN;
import static dev.eschess.chess.Board.PROMOTION;
import static dev.eschess.chess.Board.QUEEN;
import static dev.eschess.chess.Board.ROOK;
import static dev.eschess.chess.Board.WHITE;
import static dev.eschess.chess.Board.WHITE_KINGSIDE;
import static dev.eschess.chess.Board.WHITE_QUEENSIDE;

/**
 * Legal move generation on a {@link Board}, without trying moves out: checkers and pinned pieces are found
 * first, so every move written is legal. Non-king moves are limited to the squares that answer a single check
 * (capture the checker or block), pinned pieces to the line of their pin, and king steps to squares that are
 * not attacked once the king has left its square (so it cannot shelter behind itself from a slider); in double
 * check only the king moves. En passant is verified by rebuilding the occupancy, castling square by square.
 */
final class MoveGenerator {

    private MoveGenerator() {
    }

    /** Writes the legal moves of the board into {@code list} from index 0 and returns how many there are. */
    static int generate(Board board, int[] list) {
        final int us = board.side;
        final int them = us ^ 1;
        final int ourBase = us * 6;
        final int theirBase = them * 6;
        final long[] pieces = board.pieces;
        final long own = board.colors[us];
        final long enemy = board.colors[them];
        final long occ = board.occupied;
        final int king = Long.numberOfTrailingZeros(pieces[ourBase + KING]);
        final long enemyOrthogonal = pieces[theirBase + ROOK] | pieces[theirBase + QUEEN];
        final long enemyDiagonal = pieces[theirBase + BISHOP] | pieces[theirBase + QUEEN];

        final long checkers = (Attacks.KNIGHT[king] & pieces[theirBase + KNIGHT])
                | (Attacks.PAWN[(us << 6) + king] & pieces[theirBase + PAWN])
                | (Attacks.rook(king, occ) & enemyOrthogonal)
                | (Attacks.bishop(king, occ) & enemyDiagonal);
        int n = 0;

        // King steps: the king itself must not shield the square it steps to from a slider.
        final long withoutKing = occ ^ (1L << king);
        long targets = Attacks.KING[king] & ~own;
        while (targets != 0) {
            int to = Long.numberOfTrailingZeros(targets);
            targets &= targets - 1;
            if (!board.isAttacked(to, them, withoutKing)) {
                list[n++] = king | (to << 6);
            }
        }
        if ((checkers & (checkers - 1)) != 0) {
            return n; // double check: only the king may move
        }
        // Squares a non-king move may go to: anywhere not own, or in check the checker and the squares between.
        final long allowed = checkers == 0
                ? ~own
                : checkers | Attacks.BETWEEN[(king << 6) + Long.numberOfTrailingZeros(checkers)];

        // Pinned pieces: own pieces alone between the king and an enemy slider on the same line.
        long pinned = 0;
        long snipers = (Attacks.rook(king, enemy) & enemyOrthogonal) | (Attacks.bishop(king, enemy) & enemyDiagonal);
        while (snipers != 0) {
            int sniper = Long.numberOfTrailingZeros(snipers);
            snipers &= snipers - 1;
            long between = Attacks.BETWEEN[(king << 6) + sniper] & occ;
            if ((between & (between - 1)) == 0) {
                pinned |= between & own;
            }
        }

        long knights = pieces[ourBase + KNIGHT] & ~pinned;
        while (knights != 0) {
            int from = Long.numberOfTrailingZeros(knights);
            knights &= knights - 1;
            n = serialize(list, n, from, Attacks.KNIGHT[from] & allowed);
        }
        long diagonal = pieces[ourBase + BISHOP] | pieces[ourBase + QUEEN];
        while (diagonal != 0) {
            int from = Long.numberOfTrailingZeros(diagonal);
            diagonal &= diagonal - 1;
            long attacks = Attacks.bishop(from, occ) & allowed;
            if ((pinned & (1L << from)) != 0) {
                attacks &= Attacks.LINE[(king << 6) + from];
            }
            n = serialize(list, n, from, attacks);
        }
        long orthogonal = pieces[ourBase + ROOK] | pieces[ourBase + QUEEN];
        while (orthogonal != 0) {
            int from = Long.numberOfTrailingZeros(orthogonal);
            orthogonal &= orthogonal - 1;
            long attacks = Attacks.rook(from, occ) & allowed;
            if ((pinned & (1L << from)) != 0) {
                attacks &= Attacks.LINE[(king << 6) + from];
            }
            n = serialize(list, n, from, attacks);
        }

        n = generatePawnMoves(pieces[ourBase + PAWN], list, n, us, king, pinned, allowed, enemy, occ);

        if (board.enPassant >= 0) {
            n = generateEnPassant(board, list, n, king, enemyOrthogonal, enemyDiagonal);
        }
        if (checkers == 0 && (board.castling & (us == WHITE ? 3 : 12)) != 0) {
            n = generateCastling(board, list, n, us, occ);
        }
        return n;
    }

    private static int serialize(int[] list, int n, int from, long targets) {
        while (targets != 0) {
            list[n++] = from | (Long.numberOfTrailingZeros(targets) << 6);
            targets &= targets - 1;
        }
        return n;
    }

    private static int generatePawnMoves(long pawns, int[] list, int n, int us, int king, long pinned, long allowed,
            long enemy, long occ) {
        long empty = ~occ;
        long single;
        long doubles;
        long capturesWest;
        long capturesEast;
        int forward;
        long lastRank;
        if (us == WHITE) {
            single = (pawns << 8) & empty;
            doubles = ((single & Attacks.RANK_3) << 8) & empty & allowed;
            capturesWest = ((pawns & ~Attacks.FILE_A) << 7) & enemy & allowed;
            capturesEast = ((pawns & ~Attacks.FILE_H) << 9) & enemy & allowed;
            forward = 8;
            lastRank = Attacks.RANK_8;
        } else {
            single = (pawns >>> 8) & empty;
            doubles = ((single & Attacks.RANK_6) >>> 8) & empty & allowed;
            capturesWest = ((pawns & ~Attacks.FILE_A) >>> 9) & enemy & allowed;
            capturesEast = ((pawns & ~Attacks.FILE_H) >>> 7) & enemy & allowed;
            forward = -8;
            lastRank = Attacks.RANK_1;
        }
        single &= allowed;
        n = serializePawns(list, n, single & ~lastRank, forward, king, pinned, NORMAL);
        n = serializePawns(list, n, doubles, 2 * forward, king, pinned, DOUBLE_PUSH);
        n = serializePawns(list, n, capturesWest & ~lastRank, forward - 1, king, pinned, NORMAL);
        n = serializePawns(list, n, capturesEast & ~lastRank, forward + 1, king, pinned, NORMAL);
        long promotions = (single | capturesWest | capturesEast) & lastRank;
        if (promotions != 0) {
            n = serializePromotions(list, n, single & lastRank, forward, king, pinned);
            n = serializePromotions(list, n, capturesWest & lastRank, forward - 1, king, pinned);
            n = serializePromotions(list, n, capturesEast & lastRank, forward + 1, king, pinned);
        }
        return n;
    }

    private static int serializePawns(int[] list, int n, long targets, int delta, int king, long pinned, int kind) {
        int kindBits = kind << 12;
        while (targets != 0) {
            int to = Long.numberOfTrailingZeros(targets);
            targets &= targets - 1;
            int from = to - delta;
            if ((pinned & (1L << from)) != 0 && (Attacks.LINE[(king << 6) + from] & (1L << to)) == 0) {
                continue;
            }
            list[n++] = from | (to << 6) | kindBits;
        }
        return n;
    }

    private static int serializePromotions(int[] list, int n, long targets, int delta, int king, long pinned) {
        while (targets != 0) {
            int to = Long.numberOfTrailingZeros(targets);
            targets &= targets - 1;
            int from = to - delta;
            if ((pinned & (1L << from)) != 0 && (Attacks.LINE[(king << 6) + from] & (1L << to)) == 0) {
                continue;
            }
            int base = from | (to << 6) | (PROMOTION << 12);
            list[n++] = base | (QUEEN << 15);
            list[n++] = base | (ROOK << 15);
            list[n++] = base | (BISHOP << 15);
            list[n++] = base | (KNIGHT << 15);
        }
        return n;
    }

    /**
     * En passant is rare and removes two pieces from one line, so each candidate is checked by rebuilding
     * the occupancy after the capture and asking whether the king would be attacked. This covers the
     * horizontal pin (both pawns between king and rook on one rank) and capturing a checking pawn.
     */
    private static int generateEnPassant(Board board, int[] list, int n, int king, long enemyOrthogonal,
            long enemyDiagonal) {
        int us = board.side;
        int them = us ^ 1;
        int enPassant = board.enPassant;
        long[] pieces = board.pieces;
        int capturedSquare = enPassant ^ 8;
        long capturedBit = 1L << capturedSquare;
        long candidates = Attacks.PAWN[(them << 6) + enPassant] & pieces[us * 6 + PAWN];
        while (candidates != 0) {
            int from = Long.numberOfTrailingZeros(candidates);
            candidates &= candidates - 1;
            long after = (board.occupied ^ (1L << from) ^ capturedBit) | (1L << enPassant);
            long attackers = (Attacks.rook(king, after) & enemyOrthogonal)
                    | (Attacks.bishop(king, after) & enemyDiagonal)
                    | (Attacks.KNIGHT[king] & pieces[them * 6 + KNIGHT])
                    | (Attacks.PAWN[(us << 6) + king] & pieces[them * 6 + PAWN] & ~capturedBit);
            if (attackers == 0) {
                list[n++] = from | (enPassant << 6) | (EN_PASSANT << 12);
            }
        }
        return n;
    }

    private static int generateCastling(Board board, int[] list, int n, int us, long occ) {
        int them = us ^ 1;
        int castling = board.castling;
        if (us == WHITE) {
            if ((castling & WHITE_KINGSIDE) != 0 && (occ & 0x60L) == 0
                    && !board.isAttacked(5, them, occ) && !board.isAttacked(6, them, occ)) {
                list[n++] = 4 | (6 << 6) | (CASTLE << 12);
            }
            if ((castling & WHITE_QUEENSIDE) != 0 && (occ & 0x0EL) == 0
                    && !board.isAttacked(3, them, occ) && !board.isAttacked(2, them, occ)) {
                list[n++] = 4 | (2 << 6) | (CASTLE << 12);
            }
        } else {
            if ((castling & BLACK_KINGSIDE) != 0 && (occ & (0x60L << 56)) == 0
                    && !board.isAttacked(61, them, occ) && !board.isAttacked(62, them, occ)) {
                list[n++] = 60 | (62 << 6) | (CASTLE << 12);
            }
            if ((castling & BLACK_QUEENSIDE) != 0 && (occ & (0x0EL << 56)) == 0
                    && !board.isAttacked(59, them, occ) && !board.isAttacked(58, them, occ)) {
                list[n++] = 60 | (58 << 6) | (CASTLE << 12);
            }
        }
        return n;
    }

    /** Whether an en passant capture is legal now (used to decide whether FEN shows the en passant square). */
    static boolean hasLegalEnPassant(Board board) {
        if (board.enPassant < 0) {
            return false;
        }
        int theirBase = (board.side ^ 1) * 6;
        long[] pieces = board.pieces;
        return generateEnPassant(board, new int[2], 0, board.kingSquare(board.side),
                pieces[theirBase + ROOK] | pieces[theirBase + QUEEN],
                pieces[theirBase + BISHOP] | pieces[theirBase + QUEEN]) > 0;
    }
}
