package dev.eschess.chess;

/**
 * The mutable bitboard board behind {@link Position}: placement, make and unmake, attack queries and perft;
 * {@link MoveGenerator} writes its legal moves.
 * Never escapes this package; {@code Position} copies its state in and out.
 *
 * <p>Pieces are coded {@code color * 6 + type} (white pawn 0 ... black king 11, empty -1). Moves are ints:
 * bits 0-5 from, 6-11 to, 12-14 kind, 15-17 promotion type.
 */
final class Board {

    static final int WHITE = 0;
    static final int BLACK = 1;
    static final int PAWN = 0;
    static final int KNIGHT = 1;
    static final int BISHOP = 2;
    static final int ROOK = 3;
    static final int QUEEN = 4;
    static final int KING = 5;
    static final int EMPTY = -1;

    static final int NORMAL = 0;
    static final int DOUBLE_PUSH = 1;
    static final int CASTLE = 2;
    static final int EN_PASSANT = 3;
    static final int PROMOTION = 4;

    static final int WHITE_KINGSIDE = 1;
    static final int WHITE_QUEENSIDE = 2;
    static final int BLACK_KINGSIDE = 4;
    static final int BLACK_QUEENSIDE = 8;

    /** The largest number of legal moves in any chess position is 218. */
    static final int MAX_MOVES = 256;
    static final int MAX_PLY = 128;

    /** Castling rights that survive a move touching the square (as origin or destination). */
    private static final int[] CASTLING_KEPT = new int[64];

    static {
        java.util.Arrays.fill(CASTLING_KEPT, 15);
        CASTLING_KEPT[0] = 15 & ~WHITE_QUEENSIDE; // a1
        CASTLING_KEPT[4] = 15 & ~(WHITE_KINGSIDE | WHITE_QUEENSIDE); // e1
        CASTLING_KEPT[7] = 15 & ~WHITE_KINGSIDE; // h1
        CASTLING_KEPT[56] = 15 & ~BLACK_QUEENSIDE; // a8
        CASTLING_KEPT[60] = 15 & ~(BLACK_KINGSIDE | BLACK_QUEENSIDE); // e8
        CASTLING_KEPT[63] = 15 & ~BLACK_KINGSIDE; // h8
    }

    final long[] pieces = new long[12];
    final long[] colors = new long[2];
    long occupied;
    final int[] squares = new int[64];
    int side;
    int castling;
    /** The en passant target square as set by the last double push (not checked for a legal capture), or -1. */
    int enPassant = -1;
    int halfmoveClock;
    int fullmoveNumber = 1;

    /** Saved state per ply for unmake; a few plies for play(), grown to MAX_PLY by perft. */
    private long[] undo = new long[4];
    private int ply;
    private int[][] moveBuffers;

    Board(long[] pieceBitboards, int side, int castling, int enPassant, int halfmoveClock, int fullmoveNumber) {
        java.util.Arrays.fill(squares, EMPTY);
        for (int piece = 0; piece < 12; piece++) {
            long bits = pieceBitboards[piece];
            while (bits != 0) {
                put(piece, Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
        this.side = side;
        this.castling = castling;
        this.enPassant = enPassant;
        this.halfmoveClock = halfmoveClock;
        this.fullmoveNumber = fullmoveNumber;
    }

    /** Makes room to make {@code plies} moves in a row without unmaking (play() needs one, perft and search more). */
    void reservePlies(int plies) {
        if (undo.length < plies) {
            undo = java.util.Arrays.copyOf(undo, plies);
        }
    }

    static int move(int from, int to, int kind, int promotion) {
        return from | (to << 6) | (kind << 12) | (promotion << 15);
    }

    static int from(int move) {
        return move & 63;
    }

    static int to(int move) {
        return (move >>> 6) & 63;
    }

    static int kind(int move) {
        return (move >>> 12) & 7;
    }

    static int promotion(int move) {
        return move >>> 15;
    }

    // ---------------------------------------------------------------- piece placement

    private void put(int piece, int sq) {
        long bit = 1L << sq;
        pieces[piece] |= bit;
        colors[piece >= 6 ? 1 : 0] |= bit;
        occupied |= bit;
        squares[sq] = piece;
    }

    private void remove(int piece, int sq) {
        long bit = 1L << sq;
        pieces[piece] ^= bit;
        colors[piece >= 6 ? 1 : 0] ^= bit;
        occupied ^= bit;
        squares[sq] = EMPTY;
    }

    private void shift(int piece, int from, int to) {
        long bits = (1L << from) | (1L << to);
        pieces[piece] ^= bits;
        colors[piece >= 6 ? 1 : 0] ^= bits;
        occupied ^= bits;
        squares[from] = EMPTY;
        squares[to] = piece;
    }

    // ---------------------------------------------------------------- make / unmake

    void make(int move) {
        int from = move & 63;
        int to = (move >>> 6) & 63;
        int kind = (move >>> 12) & 7;
        int piece = squares[from];
        int captured = kind == EN_PASSANT ? EMPTY : squares[to];
        undo[ply++] = (captured + 1L) | ((long) castling << 5) | ((enPassant + 1L) << 9) | ((long) halfmoveClock << 16);
        halfmoveClock++;
        enPassant = -1;
        switch (kind) {
            case NORMAL -> {
                if (captured != EMPTY) {
                    remove(captured, to);
                    halfmoveClock = 0;
                }
                shift(piece, from, to);
                if (piece == PAWN || piece == PAWN + 6) {
                    halfmoveClock = 0;
                }
            }
            case DOUBLE_PUSH -> {
                shift(piece, from, to);
                enPassant = (from + to) >>> 1;
                halfmoveClock = 0;
            }
            case CASTLE -> {
                shift(piece, from, to);
                int rook = side * 6 + ROOK;
                if (to > from) {
                    shift(rook, to + 1, to - 1);
                } else {
                    shift(rook, to - 2, to + 1);
                }
            }
            case EN_PASSANT -> {
                remove((side ^ 1) * 6 + PAWN, to ^ 8);
                shift(piece, from, to);
                halfmoveClock = 0;
            }
            default -> { // PROMOTION
                if (captured != EMPTY) {
                    remove(captured, to);
                }
                remove(piece, from);
                put(side * 6 + promotion(move), to);
                halfmoveClock = 0;
            }
        }
        castling &= CASTLING_KEPT[from] & CASTLING_KEPT[to];
        if (side == BLACK) {
            fullmoveNumber++;
        }
        side ^= 1;
    }

    void unmake(int move) {
        long saved = undo[--ply];
        side ^= 1;
        if (side == BLACK) {
            fullmoveNumber--;
        }
        int captured = (int) (saved & 31) - 1;
        castling = (int) ((saved >>> 5) & 15);
        enPassant = (int) ((saved >>> 9) & 127) - 1;
        halfmoveClock = (int) (saved >>> 16);
        int from = move & 63;
        int to = (move >>> 6) & 63;
        switch ((move >>> 12) & 7) {
            case NORMAL, DOUBLE_PUSH -> {
                shift(squares[to], to, from);
                if (captured != EMPTY) {
                    put(captured, to);
                }
            }
            case CASTLE -> {
                shift(squares[to], to, from);
                int rook = side * 6 + ROOK;
                if (to > from) {
                    shift(rook, to - 1, to + 1);
                } else {
                    shift(rook, to + 1, to - 2);
                }
            }
            case EN_PASSANT -> {
                shift(squares[to], to, from);
                put((side ^ 1) * 6 + PAWN, to ^ 8);
            }
            default -> { // PROMOTION
                remove(squares[to], to);
                put(side * 6 + PAWN, from);
                if (captured != EMPTY) {
                    put(captured, to);
                }
            }
        }
    }

    // ---------------------------------------------------------------- attacks

    /** Whether {@code by} attacks {@code sq} given the occupancy {@code occ}. */
    boolean isAttacked(int sq, int by, long occ) {
        int base = by * 6;
        return (Attacks.PAWN[((by ^ 1) << 6) + sq] & pieces[base + PAWN]) != 0
                || (Attacks.KNIGHT[sq] & pieces[base + KNIGHT]) != 0
                || (Attacks.KING[sq] & pieces[base + KING]) != 0
                || (Attacks.rook(sq, occ) & (pieces[base + ROOK] | pieces[base + QUEEN])) != 0
                || (Attacks.bishop(sq, occ) & (pieces[base + BISHOP] | pieces[base + QUEEN])) != 0;
    }

    int kingSquare(int color) {
        return Long.numberOfTrailingZeros(pieces[color * 6 + KING]);
    }

    boolean inCheck() {
        return isAttacked(kingSquare(side), side ^ 1, occupied);
    }

    /** Whether the side that just moved left its king attacked (an impossible position to reach). */
    boolean opponentInCheck() {
        return isAttacked(kingSquare(side ^ 1), side, occupied);
    }

    // ---------------------------------------------------------------- moves

    /** Writes the legal moves into {@code list} from index 0 and returns how many there are. */
    int generate(int[] list) {
        return MoveGenerator.generate(this, list);
    }

    /** Whether an en passant capture is legal now (then FEN shows the en passant square). */
    boolean hasLegalEnPassant() {
        return MoveGenerator.hasLegalEnPassant(this);
    }

    // ---------------------------------------------------------------- perft

    /** Leaf nodes of the legal move tree of the given depth; depth 1 is counted in bulk (no make/unmake). */
    long perft(int depth) {
        if (depth == 0) {
            return 1;
        }
        if (depth >= MAX_PLY) {
            throw new IllegalArgumentException("perft depth must be below " + MAX_PLY + ": " + depth);
        }
        if (moveBuffers == null) {
            moveBuffers = new int[MAX_PLY][MAX_MOVES];
            undo = java.util.Arrays.copyOf(undo, MAX_PLY);
        }
        return perftRecursive(depth);
    }

    private long perftRecursive(int depth) {
        int[] list = moveBuffers[ply];
        int count = MoveGenerator.generate(this, list);
        if (depth == 1) {
            return count;
        }
        long nodes = 0;
        for (int i = 0; i < count; i++) {
            int move = list[i];
            make(move);
            nodes += perftRecursive(depth - 1);
            unmake(move);
        }
        return nodes;
    }
}
