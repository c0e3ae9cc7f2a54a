package dev.eschess.chess;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A mutable board for game-tree search: the fast internal board behind {@link Position}, with make and unmake of
 * moves encoded as ints, legal move generation into an int array and a Zobrist hash. One search owns one board;
 * it is not thread-safe and never shared. {@code Position} stays immutable: a search board is made from a
 * position, and every change made to it can be undone, so it can be turned back into a position at any time.
 *
 * <p>Encoded moves are the ones {@link #legalMoves(int[])} writes: bits 0-5 the origin square, 6-11 the target
 * square (indexes as {@link Square#index()}), 12-14 the kind (normal, double push, castling, en passant,
 * promotion), 15-17 the promotion type as a {@link PieceType} ordinal. Only a move generated for the current
 * position may be made. Pieces are coded {@code color * 6 + type} ({@link Color} and {@link PieceType} ordinals:
 * white pawn 0 ... white king 5, black pawn 6 ... black king 11) and {@link #NO_PIECE} is an empty square.
 */
public final class SearchBoard {

    /** Room for the moves of any position (the most any legal position has is 218). */
    public static final int MAX_MOVES = Board.MAX_MOVES;
    /** How many moves (null moves included) may be made in a row from the position the board was made from. */
    public static final int MAX_PLIES = 256;
    /** The code of an empty square. */
    public static final int NO_PIECE = Board.EMPTY;
    /** The colour codes: {@link Color#ordinal()}. */
    public static final int WHITE = Board.WHITE;
    /** The colour codes: {@link Color#ordinal()}. */
    public static final int BLACK = Board.BLACK;

    private static final long[] PIECE_KEYS = new long[12 * 64];
    private static final long[] CASTLING_KEYS = new long[16];
    private static final long[] EN_PASSANT_KEYS = new long[8];
    private static final long SIDE_KEY;
    private static final long LIGHT_SQUARES = 0x55AA55AA55AA55AAL;
    private static final PieceType[] PIECE_TYPES = PieceType.values();

    static {
        // A fixed seed: equal positions hash equally in every run, so searches can be repeated exactly.
        SplittableRandom random = new SplittableRandom(0x5EA2C4B0A2D5L);
        for (int i = 0; i < PIECE_KEYS.length; i++) {
            PIECE_KEYS[i] = random.nextLong();
        }
        for (int i = 1; i < CASTLING_KEYS.length; i++) {
            CASTLING_KEYS[i] = random.nextLong();
        }
        for (int i = 0; i < EN_PASSANT_KEYS.length; i++) {
            EN_PASSANT_KEYS[i] = random.nextLong();
        }
        SIDE_KEY = random.nextLong();
    }

    private final Board board;
    /** The hash of everything but the en passant square, which {@link #hash()} adds only when it matters. */
    private long key;
    private final long[] savedKeys = new long[MAX_PLIES];
    private final int[] savedEnPassant = new int[MAX_PLIES];
    private int plies;

    private SearchBoard(Board board) {
        this.board = board;
        board.reservePlies(MAX_PLIES);
        this.key = keyFromScratch(board);
    }

    /** A board with the state of the position; the position itself is not touched. */
    public static SearchBoard of(Position position) {
        return new SearchBoard(Objects.requireNonNull(position, "position").board());
    }

    /** The position on the board now, as an immutable value. */
    public Position toPosition() {
        return new Position(board);
    }

    // ---------------------------------------------------------------- moves

    /** Writes the legal moves into {@code moves} (at least {@link #MAX_MOVES} long) and returns how many. */
    public int legalMoves(int[] moves) {
        return board.generate(moves);
    }

    /** Plays an encoded legal move of the current position. */
    public void make(int move) {
        Board b = board;
        savedKeys[plies] = key;
        savedEnPassant[plies] = b.enPassant;
        plies++;
        int from = move & 63;
        int to = (move >>> 6) & 63;
        int piece = b.squares[from];
        long k = key ^ SIDE_KEY ^ CASTLING_KEYS[b.castling] ^ pieceKey(piece, from);
        switch ((move >>> 12) & 7) {
            case Board.NORMAL, Board.DOUBLE_PUSH -> {
                int captured = b.squares[to];
                if (captured != Board.EMPTY) {
                    k ^= pieceKey(captured, to);
                }
                k ^= pieceKey(piece, to);
            }
            case Board.CASTLE -> {
                int rook = b.side * 6 + Board.ROOK;
                k ^= pieceKey(piece, to);
                k ^= to > from
                        ? pieceKey(rook, to + 1) ^ pieceKey(rook, to - 1)
                        : pieceKey(rook, to - 2) ^ pieceKey(rook, to + 1);
            }
            case Board.EN_PASSANT -> k ^= pieceKey(piece, to) ^ pieceKey((b.side ^ 1) * 6 + Board.PAWN, to ^ 8);
            case Board.PROMOTION -> {
                int captured = b.squares[to];
                if (captured != Board.EMPTY) {
                    k ^= pieceKey(captured, to);
                }
                k ^= pieceKey(b.side * 6 + Board.promotion(move), to);
            }
            default -> throw new IllegalArgumentException("not an encoded move: " + move);
        }
        b.make(move);
        key = k ^ CASTLING_KEYS[b.castling];
    }

    /** Takes back the last move made, which must be {@code move}. */
    public void unmake(int move) {
        plies--;
        key = savedKeys[plies];
        board.unmake(move);
    }

    /**
     * Passes the turn to the other side (a "null move", which searches use to prove that a position is so good
     * that even moving twice in a row would not save the opponent). Not allowed in check: the side then to move
     * could take the king.
     */
    public void makeNullMove() {
        if (board.inCheck()) {
            throw new IllegalStateException("a null move is not allowed in check");
        }
        savedKeys[plies] = key;
        savedEnPassant[plies] = board.enPassant;
        plies++;
        key ^= SIDE_KEY;
        board.enPassant = Board.EMPTY;
        board.side ^= 1;
    }

    /** Takes back the last null move made. */
    public void unmakeNullMove() {
        plies--;
        key = savedKeys[plies];
        board.enPassant = savedEnPassant[plies];
        board.side ^= 1;
    }

    /** The origin square (0..63) of an encoded move. */
    public static int from(int move) {
        return Board.from(move);
    }

    /** The target square (0..63) of an encoded move. */
    public static int to(int move) {
        return Board.to(move);
    }

    /** Whether an encoded move promotes a pawn. */
    public static boolean isPromotion(int move) {
        return Board.kind(move) == Board.PROMOTION;
    }

    /** The {@link PieceType} ordinal a promoting move promotes to. */
    public static int promotionType(int move) {
        return Board.promotion(move);
    }

    /** The code of the piece an encoded legal move captures (en passant included), or {@link #NO_PIECE}. */
    public int capturedPiece(int move) {
        // A castling king always lands on an empty square, so only en passant needs a look elsewhere.
        return Board.kind(move) == Board.EN_PASSANT
                ? (board.side ^ 1) * 6 + Board.PAWN
                : board.squares[Board.to(move)];
    }

    /** The move value of an encoded move. */
    public static Move toMove(int move) {
        Square from = Square.ofIndex(Board.from(move));
        Square to = Square.ofIndex(Board.to(move));
        return isPromotion(move)
                ? Move.promotion(from, to, PIECE_TYPES[Board.promotion(move)])
                : Move.of(from, to);
    }

    /** The encoded form of a move if it is legal on the board now. */
    public OptionalInt encode(Move move) {
        int[] moves = new int[MAX_MOVES];
        int count = legalMoves(moves);
        for (int i = 0; i < count; i++) {
            if (toMove(moves[i]).equals(move)) {
                return OptionalInt.of(moves[i]);
            }
        }
        return OptionalInt.empty();
    }

    // ---------------------------------------------------------------- state

    /** The side to move: {@link #WHITE} or {@link #BLACK}. */
    public int sideToMove() {
        return board.side;
    }

    /** The code of the piece on a square (0..63), or {@link #NO_PIECE}. */
    public int pieceAt(int square) {
        return board.squares[square];
    }

    /** The squares of the pieces with a code, as a bitboard (bit n is square n). */
    public long pieces(int pieceCode) {
        return board.pieces[pieceCode];
    }

    /** The squares of one colour's pieces, as a bitboard. */
    public long occupancy(int color) {
        return board.colors[color];
    }

    /** The squares of all pieces, as a bitboard. */
    public long occupancy() {
        return board.occupied;
    }

    /** The square of a colour's king. */
    public int kingSquare(int color) {
        return board.kingSquare(color);
    }

    /** The squares the piece on {@code square} attacks with the board's occupancy; 0 for an empty square. */
    public long attacks(int square) {
        int piece = board.squares[square];
        if (piece == Board.EMPTY) {
            return 0;
        }
        return switch (piece % 6) {
            case Board.PAWN -> Attacks.PAWN[((piece / 6) << 6) + square];
            case Board.KNIGHT -> Attacks.KNIGHT[square];
            case Board.BISHOP -> Attacks.bishop(square, board.occupied);
            case Board.ROOK -> Attacks.rook(square, board.occupied);
            case Board.QUEEN -> Attacks.queen(square, board.occupied);
            default -> Attacks.KING[square];
        };
    }

    /** Whether a piece of colour {@code by} attacks the square. */
    public boolean isAttacked(int square, int by) {
        return board.isAttacked(square, by, board.occupied);
    }

    /** Whether the side to move is in check. */
    public boolean inCheck() {
        return board.inCheck();
    }

    /** Halfmoves since the last capture or pawn move. */
    public int halfmoveClock() {
        return board.halfmoveClock;
    }

    /**
     * Whether neither side can ever mate, by the rule of {@link Position#hasInsufficientMaterial()}: only kings,
     * kings and one minor piece, or kings and bishops that all stand on squares of one colour.
     */
    public boolean hasInsufficientMaterial() {
        long[] pieces = board.pieces;
        long heavyOrPawns = pieces[Board.PAWN] | pieces[Board.ROOK] | pieces[Board.QUEEN]
                | pieces[6 + Board.PAWN] | pieces[6 + Board.ROOK] | pieces[6 + Board.QUEEN];
        if (heavyOrPawns != 0) {
            return false;
        }
        long knights = pieces[Board.KNIGHT] | pieces[6 + Board.KNIGHT];
        long bishops = pieces[Board.BISHOP] | pieces[6 + Board.BISHOP];
        if (Long.bitCount(knights) + Long.bitCount(bishops) <= 1) {
            return true;
        }
        return knights == 0 && ((bishops & LIGHT_SQUARES) == 0 || (bishops & ~LIGHT_SQUARES) == 0);
    }

    /**
     * The Zobrist hash of placement, side to move, castling rights and the en passant square where an en passant
     * capture is legal: positions with equal {@link Position#repetitionKey()} hash equally, so equal hashes find
     * repetitions (two different positions share a hash with odds of about one in 2^64 per pair).
     */
    public long hash() {
        int enPassant = board.enPassant;
        if (enPassant < 0
                || (Attacks.PAWN[((board.side ^ 1) << 6) + enPassant] & board.pieces[board.side * 6 + Board.PAWN]) == 0
                || !board.hasLegalEnPassant()) {
            return key;
        }
        return key ^ EN_PASSANT_KEYS[enPassant & 7];
    }

    private static long pieceKey(int piece, int square) {
        return PIECE_KEYS[(piece << 6) + square];
    }

    private static long keyFromScratch(Board board) {
        long k = CASTLING_KEYS[board.castling];
        for (int square = 0; square < 64; square++) {
            if (board.squares[square] != Board.EMPTY) {
                k ^= pieceKey(board.squares[square], square);
            }
        }
        return board.side == Board.BLACK ? k ^ SIDE_KEY : k;
    }
}
