package dev.eschess.chess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;

/**
 * An immutable chess position: placement, side to move, castling rights, en passant square, halfmove clock
 * and fullmove number. The en passant square is kept only when an en passant capture is legal, so two
 * positions that allow the same moves compare equal. Rules run on a mutable bitboard {@link Board} that
 * never escapes; {@link #play(Move)} returns a new position.
 */
public final class Position {

    private final long[] pieces;
    private final int side;
    private final int castling;
    private final int enPassant;
    private final int halfmoveClock;
    private final int fullmoveNumber;

    /** Derived values, computed on first use; racing threads compute equal values, so no locking is needed. */
    private volatile int[] encodedMoves;
    private volatile List<Move> legalMoves;
    private volatile String fen;

    /** Copies the state of the board; keeps the en passant square only if a capture there is legal. */
    Position(Board board) {
        this.pieces = board.pieces.clone();
        this.side = board.side;
        this.castling = board.castling;
        this.enPassant = board.hasLegalEnPassant() ? board.enPassant : -1;
        this.halfmoveClock = board.halfmoveClock;
        this.fullmoveNumber = board.fullmoveNumber;
    }

    /** The standard starting position. */
    public static Position initial() {
        return Initial.POSITION;
    }

    /**
     * The position a FEN string describes.
     *
     * @throws FenException naming the problem if the string is not a legal position
     */
    public static Position fromFen(String fen) {
        return FenReader.read(fen);
    }

    /** The FEN of this position. */
    public String fen() {
        String text = fen;
        if (text == null) {
            text = Fen.write(this);
            fen = text;
        }
        return text;
    }

    /** A fresh mutable board with this position's state. */
    Board board() {
        return new Board(pieces, side, castling, enPassant, halfmoveClock, fullmoveNumber);
    }

    // ---------------------------------------------------------------- state

    /** The piece on a square, if any. */
    public Optional<Piece> pieceAt(Square square) {
        long bit = 1L << square.index();
        for (int code = 0; code < 12; code++) {
            if ((pieces[code] & bit) != 0) {
                return Optional.of(Piece.ofCode(code));
            }
        }
        return Optional.empty();
    }

    /** Every piece on the board by square, in square order a1..h8. */
    public Map<Square, Piece> pieces() {
        Map<Square, Piece> result = new EnumMap<>(Square.class);
        for (int code = 0; code < 12; code++) {
            long bits = pieces[code];
            while (bits != 0) {
                result.put(Square.ofIndex(Long.numberOfTrailingZeros(bits)), Piece.ofCode(code));
                bits &= bits - 1;
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** The square of the king of a colour (a legal position has exactly one). */
    public Square kingSquare(Color color) {
        return Square.ofIndex(Long.numberOfTrailingZeros(pieces[color.ordinal() * 6 + Board.KING]));
    }

    public Color sideToMove() {
        return side == Board.WHITE ? Color.WHITE : Color.BLACK;
    }

    public Set<CastlingRight> castlingRights() {
        Set<CastlingRight> rights = EnumSet.noneOf(CastlingRight.class);
        for (CastlingRight right : CastlingRight.values()) {
            if ((castling & right.bit()) != 0) {
                rights.add(right);
            }
        }
        return Collections.unmodifiableSet(rights);
    }

    /** The square a pawn may capture en passant on, present only when such a capture is legal. */
    public Optional<Square> enPassantSquare() {
        return enPassant < 0 ? Optional.empty() : Optional.of(Square.ofIndex(enPassant));
    }

    /** Halfmoves since the last capture or pawn move (the fifty- and seventy-five-move rules count these). */
    public int halfmoveClock() {
        return halfmoveClock;
    }

    /** Starts at 1 and grows after each black move. */
    public int fullmoveNumber() {
        return fullmoveNumber;
    }

    // ---------------------------------------------------------------- moves

    private int[] encodedMoves() {
        int[] moves = encodedMoves;
        if (moves == null) {
            int[] buffer = new int[Board.MAX_MOVES];
            int count = board().generate(buffer);
            moves = Arrays.copyOf(buffer, count);
            encodedMoves = moves;
        }
        return moves;
    }

    /** All legal moves, in no particular order. */
    public List<Move> legalMoves() {
        List<Move> moves = legalMoves;
        if (moves == null) {
            int[] encoded = encodedMoves();
            List<Move> list = new ArrayList<>(encoded.length);
            for (int move : encoded) {
                list.add(toMove(move));
            }
            moves = List.copyOf(list);
            legalMoves = moves;
        }
        return moves;
    }

    /**
     * Move values by from, to and promotion, created on first use and shared (they are immutable, so a race
     * only creates an equal duplicate).
     */
    private static final Move[] MOVE_CACHE = new Move[64 * 64 * 5];

    private static Move toMove(int move) {
        int from = Board.from(move);
        int to = Board.to(move);
        int promotion = Board.kind(move) == Board.PROMOTION ? Board.promotion(move) : 0;
        int index = (promotion * 64 + from) * 64 + to;
        Move cached = MOVE_CACHE[index];
        if (cached == null) {
            cached = promotion == 0
                    ? Move.of(Square.ofIndex(from), Square.ofIndex(to))
                    : Move.promotion(Square.ofIndex(from), Square.ofIndex(to), PIECE_TYPES[promotion]);
            MOVE_CACHE[index] = cached;
        }
        return cached;
    }

    private static final PieceType[] PIECE_TYPES = PieceType.values();

    /** The internal code of a legal move, or -1 if the move is not legal here. */
    private int encode(Move move) {
        int from = move.from().index();
        int to = move.to().index();
        int promotion = move.promotion().map(PieceType::ordinal).orElse(0);
        for (int encoded : encodedMoves()) {
            if (Board.from(encoded) == from && Board.to(encoded) == to && Board.promotion(encoded) == promotion) {
                return encoded;
            }
        }
        return -1;
    }

    public boolean isLegal(Move move) {
        return encode(move) >= 0;
    }

    /**
     * The position after a legal move.
     *
     * @throws IllegalMoveException if the move is not legal here
     */
    public Position play(Move move) {
        Objects.requireNonNull(move, "move");
        int encoded = encode(move);
        if (encoded < 0) {
            throw new IllegalMoveException(move, fen());
        }
        Board board = board();
        board.make(encoded);
        return new Position(board);
    }

    /** Whether a legal move captures a piece (en passant included); false for a move that is not legal. */
    public boolean isCapture(Move move) {
        int encoded = encode(move);
        if (encoded < 0) {
            return false;
        }
        return Board.kind(encoded) == Board.EN_PASSANT || pieceAt(move.to()).isPresent();
    }

    /** The piece standing on the move's origin square. */
    public Optional<Piece> movingPiece(Move move) {
        return pieceAt(move.from());
    }

    // ---------------------------------------------------------------- game state

    /** Whether the side to move is in check. */
    public boolean isCheck() {
        return board().inCheck();
    }

    public boolean isCheckmate() {
        return encodedMoves().length == 0 && isCheck();
    }

    public boolean isStalemate() {
        return encodedMoves().length == 0 && !isCheck();
    }

    /**
     * Whether neither side can ever mate: only kings, or kings and one knight or bishop, or kings and bishops
     * that all stand on squares of one colour (either side's bishops count).
     */
    public boolean hasInsufficientMaterial() {
        long heavyOrPawns = 0;
        for (int color = 0; color < 2; color++) {
            int base = color * 6;
            heavyOrPawns |= pieces[base + Board.PAWN] | pieces[base + Board.ROOK] | pieces[base + Board.QUEEN];
        }
        if (heavyOrPawns != 0) {
            return false;
        }
        long knights = pieces[Board.KNIGHT] | pieces[6 + Board.KNIGHT];
        long bishops = pieces[Board.BISHOP] | pieces[6 + Board.BISHOP];
        int minors = Long.bitCount(knights) + Long.bitCount(bishops);
        if (minors <= 1) {
            return true;
        }
        if (knights != 0) {
            return false;
        }
        long lightSquares = 0x55AA55AA55AA55AAL;
        return (bishops & lightSquares) == 0 || (bishops & ~lightSquares) == 0;
    }

    /**
     * Whether {@code side} could still mate by some sequence of legal moves, however unlikely: the test for a flag
     * fall (FIDE 6.9: the game is drawn if the opponent of the side out of time cannot mate). A pawn, rook or queen
     * always can. A lone king never can. A king and one knight can only if the opponent has something other than
     * queens to block its own king's flight squares. A king and bishops can if they stand on both square colours,
     * or if the opponent has a pawn or a knight, or a bishop on the other colour, to block with.
     */
    public boolean canMate(Color side) {
        int own = side.ordinal() * 6;
        int other = side.opposite().ordinal() * 6;
        if ((pieces[own + Board.PAWN] | pieces[own + Board.ROOK] | pieces[own + Board.QUEEN]) != 0) {
            return true;
        }
        long knights = pieces[own + Board.KNIGHT];
        long bishops = pieces[own + Board.BISHOP];
        if ((knights | bishops) == 0) {
            return false;
        }
        long opponentBlockers = pieces[other + Board.PAWN] | pieces[other + Board.KNIGHT]
                | pieces[other + Board.BISHOP] | pieces[other + Board.ROOK];
        if (Long.bitCount(knights | bishops) >= 2 && knights != 0) {
            return true;
        }
        if (knights != 0) {
            return opponentBlockers != 0;
        }
        long lightSquares = 0x55AA55AA55AA55AAL;
        boolean bothColours = (bishops & lightSquares) != 0 && (bishops & ~lightSquares) != 0;
        if (bothColours || (pieces[other + Board.PAWN] | pieces[other + Board.KNIGHT]) != 0) {
            return true;
        }
        long opponentBishops = pieces[other + Board.BISHOP];
        long ownColour = (bishops & lightSquares) != 0 ? lightSquares : ~lightSquares;
        return (opponentBishops & ~ownColour) != 0;
    }

    /** The first four FEN fields; en passant appears only when a capture is legal, so equal keys mean a repetition. */
    public String repetitionKey() {
        String fen = fen();
        int clocks = fen.lastIndexOf(' ', fen.lastIndexOf(' ') - 1);
        return fen.substring(0, clocks);
    }

    // ---------------------------------------------------------------- perft

    /** Leaf nodes of the legal move tree of the given depth (make/unmake inside; depth 1 counted in bulk). */
    public long perft(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("perft depth must not be negative: " + depth);
        }
        return board().perft(depth);
    }

    /** Perft of depth - 1 below each legal move, sorted by the moves' UCI. */
    public SequencedMap<Move, Long> perftDivide(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("perft divide needs a depth of at least 1: " + depth);
        }
        int[] moves = encodedMoves().clone();
        Board board = board();
        List<Map.Entry<Move, Long>> entries = new ArrayList<>(moves.length);
        for (int move : moves) {
            board.make(move);
            entries.add(Map.entry(toMove(move), board.perft(depth - 1)));
            board.unmake(move);
        }
        entries.sort(Comparator.comparing(entry -> entry.getKey().uci()));
        SequencedMap<Move, Long> result = new LinkedHashMap<>();
        entries.forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableSequencedMap(result);
    }

    // ---------------------------------------------------------------- identity

    @Override
    public boolean equals(Object other) {
        return other instanceof Position that
                && side == that.side
                && castling == that.castling
                && enPassant == that.enPassant
                && halfmoveClock == that.halfmoveClock
                && fullmoveNumber == that.fullmoveNumber
                && Arrays.equals(pieces, that.pieces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(pieces), side, castling, enPassant, halfmoveClock, fullmoveNumber);
    }

    /** The FEN. */
    @Override
    public String toString() {
        return fen();
    }

    /** Built on first use: reading FEN needs this class to be initialised first. */
    private static final class Initial {
        static final Position POSITION = FenReader.read(Fen.INITIAL);
    }
}
