package dev.eschess.chess.notation;

import dev.eschess.chess.Move;
import dev.eschess.chess.Piece;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard Algebraic Notation: canonical output, tolerant input.
 *
 * <p>Output follows the PGN standard: piece letter, the least disambiguation that separates the move from the
 * other <em>legal</em> moves (file first, then rank, then both; a pinned piece never forces it), {@code x} for
 * captures, {@code =Q} for promotions, {@code O-O} and {@code O-O-O}, and {@code +} or {@code #}.
 *
 * <p>Input also accepts: a missing, extra or wrong {@code +} / {@code #}; trailing annotation marks
 * ({@code !}, {@code ?}, {@code !?}, ...); a promotion without {@code =} ({@code e8Q}); castling written with
 * zeros ({@code 0-0}, {@code 0-0-0}); a missing {@code x} on a piece capture ({@code Nd5} for {@code Nxd5}); and
 * more disambiguation than needed ({@code Ngf3}). An {@code x} that is present must be true, and a pawn capture
 * needs its file and {@code x} ({@code exd5}). Piece letters are upper case, files lower case, as in PGN.
 */
public final class San {

    private static final Pattern PIECE_MOVE = Pattern.compile("([NBRQK])([a-h])?([1-8])?(x)?([a-h][1-8])");
    private static final Pattern PAWN_MOVE = Pattern.compile("(?:([a-h])(x))?([a-h][1-8])(?:=?([NBRQ]))?");
    private static final Pattern KINGSIDE_CASTLING = Pattern.compile("O-O|0-0");
    private static final Pattern QUEENSIDE_CASTLING = Pattern.compile("O-O-O|0-0-0");
    /** Check and mate signs and annotation marks that input may carry after the move itself. */
    private static final String TRAILING_MARKS = "+#!?";

    private San() {
    }

    /**
     * The canonical SAN of a legal move in a position.
     *
     * @throws IllegalArgumentException if the move is not legal in the position
     */
    public static String format(Position position, Move move) {
        List<Move> legalMoves = position.legalMoves();
        if (!legalMoves.contains(move)) {
            throw new IllegalArgumentException(Uci.format(move) + " is not a legal move in " + position.fen());
        }
        Piece piece = movingPiece(position, move);
        StringBuilder san = new StringBuilder(8);
        if (isCastling(piece, move)) {
            san.append(move.to().file() > move.from().file() ? "O-O" : "O-O-O");
        } else if (piece.type() == PieceType.PAWN) {
            if (position.isCapture(move)) {
                san.append(fileLetter(move.from())).append('x');
            }
            san.append(move.to());
            move.promotion().ifPresent(type -> san.append('=').append(type.letter()));
        } else {
            san.append(piece.type().letter());
            san.append(disambiguation(position, legalMoves, piece, move));
            if (position.isCapture(move)) {
                san.append('x');
            }
            san.append(move.to());
        }
        Position next = position.play(move);
        if (next.isCheckmate()) {
            san.append('#');
        } else if (next.isCheck()) {
            san.append('+');
        }
        return san.toString();
    }

    /**
     * Reads SAN in a position and returns the one legal move it names.
     *
     * @throws MoveNotationException MALFORMED if the text is not SAN, ILLEGAL if no legal move matches, AMBIGUOUS
     *                               if several do
     */
    public static Move parse(Position position, String text) {
        String core = withoutTrailingMarks(text.strip());
        Predicate<Move> matches = matcherFor(position, core)
                .orElseThrow(() -> new MoveNotationException(MoveNotationException.Kind.MALFORMED, text,
                        "'" + text + "' is not a move in SAN (such as e4, Nf3, exd5, e8=Q, O-O)"));
        List<Move> candidates = position.legalMoves().stream().filter(matches).toList();
        return switch (candidates.size()) {
            case 0 -> throw new MoveNotationException(MoveNotationException.Kind.ILLEGAL, text,
                    "'" + text + "' is not a legal move for " + colourName(position) + " here");
            case 1 -> candidates.getFirst();
            default -> throw new MoveNotationException(MoveNotationException.Kind.AMBIGUOUS, text,
                    "'" + text + "' is ambiguous: it could be any of " + candidates.stream()
                            .map(move -> format(position, move)).sorted().toList());
        };
    }

    private static Optional<Predicate<Move>> matcherFor(Position position, String core) {
        if (KINGSIDE_CASTLING.matcher(core).matches()) {
            return Optional.of(move -> isCastlingTowards(position, move, true));
        }
        if (QUEENSIDE_CASTLING.matcher(core).matches()) {
            return Optional.of(move -> isCastlingTowards(position, move, false));
        }
        Matcher piece = PIECE_MOVE.matcher(core);
        if (piece.matches()) {
            PieceType type = pieceType(piece.group(1).charAt(0));
            Optional<Integer> fromFile = Optional.ofNullable(piece.group(2)).map(file -> file.charAt(0) - 'a');
            Optional<Integer> fromRank = Optional.ofNullable(piece.group(3)).map(rank -> rank.charAt(0) - '1');
            boolean saysCapture = piece.group(4) != null;
            Square to = square(piece.group(5));
            return Optional.of(move -> {
                Optional<Piece> mover = position.pieceAt(move.from());
                return mover.isPresent() && mover.get().type() == type
                        && move.to() == to
                        && move.promotion().isEmpty()
                        && !isCastling(mover.get(), move)
                        && fromFile.map(file -> move.from().file() == file).orElse(true)
                        && fromRank.map(rank -> move.from().rank() == rank).orElse(true)
                        && (!saysCapture || position.isCapture(move));
            });
        }
        Matcher pawn = PAWN_MOVE.matcher(core);
        if (pawn.matches()) {
            Square to = square(pawn.group(3));
            int fromFile = Optional.ofNullable(pawn.group(1)).map(file -> file.charAt(0) - 'a').orElse(to.file());
            boolean saysCapture = pawn.group(2) != null;
            Optional<PieceType> promotion = Optional.ofNullable(pawn.group(4))
                    .map(letter -> pieceType(letter.charAt(0)));
            // A pawn captures exactly when it changes file, so "exe5" names no legal move.
            return Optional.of(move -> {
                Optional<Piece> mover = position.pieceAt(move.from());
                return mover.isPresent() && mover.get().type() == PieceType.PAWN
                        && move.to() == to
                        && move.from().file() == fromFile
                        && saysCapture == (move.from().file() != move.to().file())
                        && move.promotion().equals(promotion);
            });
        }
        return Optional.empty();
    }

    /** File, rank or both of the origin, whatever is needed to tell the move from other legal moves. */
    private static String disambiguation(Position position, List<Move> legalMoves, Piece piece, Move move) {
        List<Square> rivals = legalMoves.stream()
                .filter(other -> other.to() == move.to() && other.from() != move.from())
                .filter(other -> position.pieceAt(other.from()).equals(Optional.of(piece)))
                .map(Move::from)
                .toList();
        if (rivals.isEmpty()) {
            return "";
        }
        boolean fileIsUnique = rivals.stream().noneMatch(square -> square.file() == move.from().file());
        if (fileIsUnique) {
            return String.valueOf(fileLetter(move.from()));
        }
        boolean rankIsUnique = rivals.stream().noneMatch(square -> square.rank() == move.from().rank());
        if (rankIsUnique) {
            return String.valueOf((char) ('1' + move.from().rank()));
        }
        return move.from().toString();
    }

    private static String withoutTrailingMarks(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Piece movingPiece(Position position, Move move) {
        return position.pieceAt(move.from())
                .orElseThrow(() -> new IllegalStateException("a legal move " + move + " starts on an empty square"));
    }

    private static boolean isCastling(Piece piece, Move move) {
        return piece.type() == PieceType.KING && Math.abs(move.to().file() - move.from().file()) == 2;
    }

    private static boolean isCastlingTowards(Position position, Move move, boolean kingside) {
        return position.pieceAt(move.from())
                .filter(piece -> isCastling(piece, move))
                .isPresent()
                && (move.to().file() > move.from().file()) == kingside;
    }

    private static char fileLetter(Square square) {
        return (char) ('a' + square.file());
    }

    private static Square square(String name) {
        return Square.parse(name).orElseThrow();
    }

    private static PieceType pieceType(char letter) {
        return switch (letter) {
            case 'N' -> PieceType.KNIGHT;
            case 'B' -> PieceType.BISHOP;
            case 'R' -> PieceType.ROOK;
            case 'Q' -> PieceType.QUEEN;
            case 'K' -> PieceType.KING;
            default -> throw new IllegalStateException("the pattern admits only N, B, R, Q and K, not " + letter);
        };
    }

    private static String colourName(Position position) {
        return switch (position.sideToMove()) {
            case WHITE -> "white";
            case BLACK -> "black";
        };
    }
}
