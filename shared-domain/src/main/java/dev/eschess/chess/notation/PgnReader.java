package dev.eschess.chess.notation;

import dev.eschess.chess.Color;
import dev.eschess.chess.FenException;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Reads one game in PGN import format: tag pairs, then SAN movetext.
 *
 * <p>Skipped: comments ({@code {...}} and {@code ;} to the end of the line), escape lines starting with
 * {@code %}, numeric annotation glyphs ({@code $1}), annotation marks after a move ({@code e4!?}), move number
 * indications ({@code 1.}, {@code 1...}, {@code 1.e4} glued or not) whatever their values, and variations
 * ({@code (...)}, nested) whose moves are not checked. The first problem stops the reading with a
 * {@link PgnException}; text after the game termination marker is such a problem, as the reader reads one game.
 */
final class PgnReader {

    private static final String SYMBOL_PUNCTUATION = "_+#=:-/!?";

    private final String text;
    private int at;
    private Position position;

    private PgnReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static PgnGame read(String text) {
        return new PgnReader(text).game();
    }

    private PgnGame game() {
        SequencedMap<String, String> tags = tagSection();
        position = startPosition(tags);
        Position start = position;
        List<Move> moves = new ArrayList<>();
        Optional<String> marker = movetext(moves);
        if (tags.isEmpty() && moves.isEmpty() && marker.isEmpty()) {
            throw new PgnException("no PGN game in the text", "", 0);
        }
        String result = result(tags, marker);
        tags.remove(PgnGame.SET_UP_TAG);
        tags.remove(PgnGame.FEN_TAG);
        return new PgnGame(tags, start, moves, result);
    }

    private SequencedMap<String, String> tagSection() {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        skipBlanksAndComments();
        while (at < text.length() && text.charAt(at) == '[') {
            int tagStart = at;
            at++;
            skipSpaces();
            int nameStart = at;
            while (at < text.length() && isTagNameChar(text.charAt(at))) {
                at++;
            }
            String name = text.substring(nameStart, at);
            skipSpaces();
            if (name.isEmpty() || at >= text.length() || text.charAt(at) != '"') {
                throw badTag(tagStart);
            }
            String value = quotedString(tagStart);
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != ']') {
                throw badTag(tagStart);
            }
            at++;
            if (tags.containsKey(name)) {
                throw new PgnException("duplicate tag " + name, text.substring(tagStart, at), 0);
            }
            tags.put(name, value);
            skipBlanksAndComments();
        }
        return tags;
    }

    private String quotedString(int tagStart) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        throw badTag(tagStart);
    }

    private PgnException badTag(int tagStart) {
        int lineEnd = text.indexOf('\n', tagStart);
        String token = text.substring(tagStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return new PgnException("malformed tag pair " + token, token, 0);
    }

    private static Position startPosition(SequencedMap<String, String> tags) {
        String fen = tags.get(PgnGame.FEN_TAG);
        if (fen == null) {
            if ("1".equals(tags.get(PgnGame.SET_UP_TAG))) {
                throw new PgnException("tag SetUp \"1\" without a FEN tag", "SetUp", 0);
            }
            return Position.initial();
        }
        try {
            return Position.fromFen(fen);
        } catch (FenException e) {
            throw new PgnException("bad FEN tag '" + fen + "': " + e.getMessage(), fen, 0, e);
        }
    }

    /** Reads the movetext, appending the moves of the main line; returns the termination marker, if any. */
    private Optional<String> movetext(List<Move> moves) {
        int variationDepth = 0;
        List<Integer> variationStarts = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (at >= text.length()) {
                if (variationDepth > 0) {
                    throw error("unclosed variation", "(", variationStarts.getLast());
                }
                return Optional.empty();
            }
            char c = text.charAt(at);
            if (c == '(') {
                variationStarts.add(at);
                variationDepth++;
                at++;
            } else if (c == ')') {
                if (variationDepth == 0) {
                    throw error("')' closes no variation", ")", at);
                }
                variationStarts.removeLast();
                variationDepth--;
                at++;
            } else if (c == '.') {
                at++;
            } else if (c == '$') {
                skipNag();
            } else if (c == '*' || isSymbolChar(c)) {
                int tokenStart = at;
                String token = c == '*' ? text.substring(at, ++at) : symbol();
                if (variationDepth > 0 || isMoveNumber(token) || isAnnotation(token)) {
                    continue;
                }
                if (PgnGame.RESULTS.contains(token)) {
                    expectEndAfterResult();
                    return Optional.of(token);
                }
                moves.add(move(token, tokenStart));
            } else {
                throw error("unexpected character '" + c + "'", String.valueOf(c), at);
            }
        }
    }

    private Move move(String token, int tokenStart) {
        try {
            Move move = San.parse(position, token);
            position = position.play(move);
            return move;
        } catch (MoveNotationException e) {
            String what = switch (e.kind()) {
                case MALFORMED -> "unreadable move";
                case ILLEGAL -> "illegal move";
                case AMBIGUOUS -> "ambiguous move";
            };
            throw new PgnException(what + " '" + token + "' at move " + moveLabel(), token,
                    position.fullmoveNumber(), e);
        }
    }

    private void expectEndAfterResult() {
        skipBlanksAndComments();
        if (at < text.length()) {
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            throw error("text after the game termination marker (one game only)", text.substring(at, end), at);
        }
    }

    private String result(SequencedMap<String, String> tags, Optional<String> marker) {
        String tag = tags.get("Result");
        if (marker.isPresent()) {
            if (tag != null && !tag.equals(marker.get())) {
                throw new PgnException("game termination marker " + marker.get() + " contradicts tag Result \""
                        + tag + "\" at move " + moveLabel(), marker.get(), position.fullmoveNumber());
            }
            return marker.get();
        }
        return tag != null && PgnGame.RESULTS.contains(tag) ? tag : "*";
    }

    private String symbol() {
        int start = at;
        while (at < text.length() && isSymbolChar(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipNag() {
        int start = at;
        at++;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == start + 1) {
            throw error("'$' without a number", "$", start);
        }
    }

    private void skipBlanksAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '{') {
                int close = text.indexOf('}', at);
                if (close < 0) {
                    throw error("unclosed comment", "{", at);
                }
                at = close + 1;
            } else if (c == ';' || (c == '%' && (at == 0 || text.charAt(at - 1) == '\n'))) {
                int lineEnd = text.indexOf('\n', at);
                at = lineEnd < 0 ? text.length() : lineEnd + 1;
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private PgnException error(String problem, String token, int where) {
        if (position == null) {
            return new PgnException(problem + " in the tag section (character " + (where + 1) + ")", token, 0);
        }
        return new PgnException(problem + " at move " + moveLabel() + " (character " + (where + 1) + ")", token,
                position.fullmoveNumber());
    }

    /** {@code 3} when white is to move, {@code 3...} when black is. */
    private String moveLabel() {
        return position.fullmoveNumber() + (position.sideToMove() == Color.BLACK ? "..." : "");
    }

    private static boolean isSymbolChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || SYMBOL_PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean isTagNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isMoveNumber(String token) {
        return token.chars().allMatch(Character::isDigit);
    }

    private static boolean isAnnotation(String token) {
        return token.chars().allMatch(c -> c == '!' || c == '?');
    }
}
