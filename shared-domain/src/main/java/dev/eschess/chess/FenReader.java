package dev.eschess.chess;

/**
 * The strict FEN reader behind {@link Position#fromFen(String)}. It lives in this package because it builds
 * the internal board directly; it checks the syntax of all six fields first, then that the position is one
 * chess can reach in principle (kings, pawns, castling rights, en passant, the side not to move not in check).
 */
final class FenReader {

    private static final String[] RANK_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth"};

    private FenReader() {
    }

    static Position read(String fen) {
        if (fen == null || fen.isBlank()) {
            throw fail(FenError.EMPTY, "FEN is empty");
        }
        String[] fields = fen.strip().split("\\s+");
        if (fields.length != 6) {
            throw fail(FenError.FIELD_COUNT, "FEN has " + fields.length
                    + " fields, expected 6 (placement, side to move, castling, en passant, halfmove clock, fullmove number)");
        }
        long[] pieces = readPlacement(fields[0]);
        int side = readSide(fields[1]);
        int castling = readCastling(fields[2]);
        int enPassant = readEnPassantSquare(fields[3]);
        int halfmoveClock = readNumber(fields[4], 0, FenError.HALFMOVE_CLOCK,
                "halfmove clock '" + fields[4] + "' is not a whole number of at least 0");
        int fullmoveNumber = readNumber(fields[5], 1, FenError.FULLMOVE_NUMBER,
                "fullmove number '" + fields[5] + "' is not a whole number of at least 1");

        checkMaterial(pieces, Board.WHITE);
        checkMaterial(pieces, Board.BLACK);
        checkCastling(pieces, castling);
        checkEnPassant(pieces, side, enPassant);
        Board board = new Board(pieces, side, castling, enPassant, halfmoveClock, fullmoveNumber);
        if (board.opponentInCheck()) {
            throw fail(FenError.SIDE_NOT_TO_MOVE_IN_CHECK, "the side not to move is in check ("
                    + colorName(side ^ 1) + " king on " + Square.ofIndex(board.kingSquare(side ^ 1)) + ")");
        }
        return new Position(board);
    }

    private static long[] readPlacement(String placement) {
        String[] ranks = placement.split("/", -1);
        if (ranks.length != 8) {
            throw fail(FenError.RANK_COUNT, "placement has " + ranks.length + " ranks, expected 8");
        }
        long[] pieces = new long[12];
        for (int i = 0; i < 8; i++) {
            int rank = 7 - i;
            String text = ranks[i];
            int file = 0;
            boolean previousWasDigit = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c >= '1' && c <= '8') {
                    if (previousWasDigit) {
                        throw fail(FenError.CONSECUTIVE_DIGITS, "rank " + (rank + 1) + " has two digits in a row");
                    }
                    file += c - '0';
                    previousWasDigit = true;
                    continue;
                }
                previousWasDigit = false;
                Piece piece = Piece.fromFenChar(c).orElseThrow(() -> fail(FenError.UNKNOWN_PIECE,
                        "rank " + (rank + 1) + " has '" + c + "', which is neither a piece letter nor a digit 1-8"));
                if (file < 8) {
                    pieces[piece.code()] |= 1L << (rank * 8 + file);
                }
                file++;
            }
            if (file != 8) {
                throw fail(FenError.RANK_LENGTH, "rank " + (rank + 1) + " has " + file + " squares");
            }
        }
        return pieces;
    }

    private static int readSide(String field) {
        return switch (field) {
            case "w" -> Board.WHITE;
            case "b" -> Board.BLACK;
            default -> throw fail(FenError.SIDE_TO_MOVE, "side to move '" + field + "' is neither w nor b");
        };
    }

    private static int readCastling(String field) {
        if (field.equals("-")) {
            return 0;
        }
        int rights = 0;
        int lastIndex = -1;
        for (int k = 0; k < field.length(); k++) {
            int index = "KQkq".indexOf(field.charAt(k));
            if (index <= lastIndex) {
                throw fail(FenError.CASTLING_SYNTAX,
                        "castling field '" + field + "' is neither - nor letters of KQkq in that order");
            }
            rights |= 1 << index;
            lastIndex = index;
        }
        return rights;
    }

    private static int readEnPassantSquare(String field) {
        if (field.equals("-")) {
            return -1;
        }
        return Square.parse(field).map(Square::index).orElseThrow(() -> fail(FenError.EN_PASSANT_SYNTAX,
                "en passant field '" + field + "' is neither - nor a square"));
    }

    private static int readNumber(String field, int minimum, FenError error, String message) {
        if (field.isEmpty() || field.length() > 9 || !field.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fail(error, message);
        }
        int value = Integer.parseInt(field);
        if (value < minimum) {
            throw fail(error, message);
        }
        return value;
    }

    private static void checkMaterial(long[] pieces, int color) {
        int base = color * 6;
        String name = colorName(color);
        int kings = Long.bitCount(pieces[base + Board.KING]);
        if (kings == 0) {
            throw fail(FenError.MISSING_KING, name + " has no king");
        }
        if (kings > 1) {
            throw fail(FenError.TOO_MANY_KINGS, name + " has " + kings + " kings");
        }
        long pawns = pieces[base + Board.PAWN];
        long backRankPawns = pawns & (Attacks.RANK_1 | Attacks.RANK_8);
        if (backRankPawns != 0) {
            int sq = Long.numberOfTrailingZeros(backRankPawns);
            throw fail(FenError.PAWN_ON_BACK_RANK, "pawn on the " + RANK_ORDINALS[sq >>> 3] + " rank ("
                    + name + " pawn on " + Square.ofIndex(sq) + ")");
        }
        int pawnCount = Long.bitCount(pawns);
        if (pawnCount > 8) {
            throw fail(FenError.TOO_MANY_PAWNS, name + " has " + pawnCount + " pawns");
        }
        int total = 0;
        for (int type = Board.PAWN; type <= Board.KING; type++) {
            total += Long.bitCount(pieces[base + type]);
        }
        if (total > 16) {
            throw fail(FenError.TOO_MANY_PIECES, name + " has " + total + " pieces");
        }
        int promoted = Math.max(0, Long.bitCount(pieces[base + Board.KNIGHT]) - 2)
                + Math.max(0, Long.bitCount(pieces[base + Board.BISHOP]) - 2)
                + Math.max(0, Long.bitCount(pieces[base + Board.ROOK]) - 2)
                + Math.max(0, Long.bitCount(pieces[base + Board.QUEEN]) - 1);
        if (pawnCount + promoted > 8) {
            throw fail(FenError.TOO_MANY_PIECES, name + " has " + pawnCount + " pawns and at least " + promoted
                    + " promoted pieces, more than its eight pawns allow");
        }
    }

    private static void checkCastling(long[] pieces, int castling) {
        for (CastlingRight right : CastlingRight.values()) {
            if ((castling & right.bit()) == 0) {
                continue;
            }
            boolean white = right == CastlingRight.WHITE_KINGSIDE || right == CastlingRight.WHITE_QUEENSIDE;
            boolean kingside = right == CastlingRight.WHITE_KINGSIDE || right == CastlingRight.BLACK_KINGSIDE;
            int base = white ? 0 : 6;
            int homeRank = white ? 0 : 56;
            int kingHome = homeRank + 4;
            int rookHome = homeRank + (kingside ? 7 : 0);
            if ((pieces[base + Board.KING] & (1L << kingHome)) == 0) {
                throw fail(FenError.CASTLING_WITHOUT_KING, "castling right " + right.fenChar() + " but no "
                        + colorName(white ? 0 : 1) + " king on " + Square.ofIndex(kingHome));
            }
            if ((pieces[base + Board.ROOK] & (1L << rookHome)) == 0) {
                // The right's letter already names the colour: "castling right K but no rook on h1".
                throw fail(FenError.CASTLING_WITHOUT_ROOK, "castling right " + right.fenChar() + " but no rook on "
                        + Square.ofIndex(rookHome) + ((occupied(pieces) & (1L << rookHome)) != 0
                        ? " (the piece there is not a " + colorName(white ? 0 : 1) + " rook)" : ""));
            }
        }
    }

    /** The square must be the one a pawn of the side that just moved skipped with a double push. */
    private static void checkEnPassant(long[] pieces, int side, int square) {
        if (square < 0) {
            return;
        }
        int mover = side ^ 1;
        int expectedRank = side == Board.WHITE ? 5 : 2;
        int pawnSquare = side == Board.WHITE ? square - 8 : square + 8;
        int originSquare = side == Board.WHITE ? square + 8 : square - 8;
        String prefix = "en passant square " + Square.ofIndex(square) + " is impossible: ";
        if ((square >>> 3) != expectedRank) {
            throw fail(FenError.EN_PASSANT_IMPOSSIBLE, prefix + "with " + colorName(side)
                    + " to move it must be on rank " + (expectedRank + 1));
        }
        if ((pieces[mover * 6 + Board.PAWN] & (1L << pawnSquare)) == 0) {
            throw fail(FenError.EN_PASSANT_IMPOSSIBLE, prefix + "no " + colorName(mover) + " pawn on "
                    + Square.ofIndex(pawnSquare));
        }
        if ((occupied(pieces) & ((1L << square) | (1L << originSquare))) != 0) {
            throw fail(FenError.EN_PASSANT_IMPOSSIBLE, prefix + "the pawn cannot have passed "
                    + Square.ofIndex(square) + " from " + Square.ofIndex(originSquare) + " (a square is occupied)");
        }
    }

    private static long occupied(long[] pieces) {
        long occupied = 0;
        for (long bits : pieces) {
            occupied |= bits;
        }
        return occupied;
    }

    private static String colorName(int color) {
        return color == Board.WHITE ? "white" : "black";
    }

    private static FenException fail(FenError error, String message) {
        return new FenException(error, message);
    }
}
