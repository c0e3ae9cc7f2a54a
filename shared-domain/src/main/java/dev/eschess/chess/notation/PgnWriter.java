package dev.eschess.chess.notation;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** Writes a game in PGN export format: Seven Tag Roster first, SAN movetext wrapped at 80 characters. */
final class PgnWriter {

    static final int MAX_LINE_LENGTH = 80;

    /** The Seven Tag Roster in its required order, with the value written when a game lacks the tag. */
    private static final SequencedMap<String, String> SEVEN_TAG_ROSTER = sevenTagRoster();

    private PgnWriter() {
    }

    static String write(PgnGame game) {
        StringBuilder pgn = new StringBuilder();
        tags(game).forEach((name, value) -> pgn.append('[').append(name).append(" \"")
                .append(escaped(value)).append("\"]\n"));
        pgn.append('\n');
        wrap(movetext(game), pgn);
        return pgn.toString();
    }

    private static SequencedMap<String, String> tags(PgnGame game) {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        SEVEN_TAG_ROSTER.forEach((name, fallback) -> tags.put(name, game.tags().getOrDefault(name, fallback)));
        tags.put("Result", game.result());
        if (!game.start().equals(Position.initial())) {
            tags.put(PgnGame.SET_UP_TAG, "1");
            tags.put(PgnGame.FEN_TAG, game.start().fen());
        }
        game.tags().forEach(tags::putIfAbsent);
        return tags;
    }

    /** Units that stay on one line: a move with its number ({@code 12. e4}, {@code 12... Nf6}), a move, the result. */
    private static List<String> movetext(PgnGame game) {
        List<String> units = new ArrayList<>(game.moves().size() + 1);
        Position position = game.start();
        boolean first = true;
        for (Move move : game.moves()) {
            String san = San.format(position, move);
            if (position.sideToMove() == Color.WHITE) {
                units.add(position.fullmoveNumber() + ". " + san);
            } else if (first) {
                units.add(position.fullmoveNumber() + "... " + san);
            } else {
                units.add(san);
            }
            position = position.play(move);
            first = false;
        }
        units.add(game.result());
        return units;
    }

    private static void wrap(List<String> units, StringBuilder pgn) {
        int lineLength = 0;
        for (String unit : units) {
            if (lineLength > 0 && lineLength + 1 + unit.length() > MAX_LINE_LENGTH) {
                pgn.append('\n');
                lineLength = 0;
            }
            if (lineLength > 0) {
                pgn.append(' ');
                lineLength++;
            }
            pgn.append(unit);
            lineLength += unit.length();
        }
        pgn.append('\n');
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static SequencedMap<String, String> sevenTagRoster() {
        SequencedMap<String, String> roster = new LinkedHashMap<>();
        roster.put("Event", "?");
        roster.put("Site", "?");
        roster.put("Date", "????.??.??");
        roster.put("Round", "?");
        roster.put("White", "?");
        roster.put("Black", "?");
        roster.put("Result", "*");
        return roster;
    }
}
