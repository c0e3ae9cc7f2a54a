package dev.eschess.chess.notation;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One game as PGN sees it: tags, a start position, the moves played from it, and the result.
 *
 * <p>The start position stands for the {@code SetUp} and {@code FEN} tags, which therefore never appear in
 * {@link #tags()}; {@link Pgn#write} derives them. The moves must be legal one after the other; the
 * constructor replays them to make sure.
 *
 * @param tags   tag pairs in the order they were given, without {@code SetUp} and {@code FEN}
 * @param start  the position before the first move
 * @param moves  the moves in the order played
 * @param result one of {@code 1-0}, {@code 0-1}, {@code 1/2-1/2}, {@code *} (game still going or unknown)
 */
public record PgnGame(SequencedMap<String, String> tags, Position start, List<Move> moves, String result) {

    /** The four PGN game termination markers. */
    public static final Set<String> RESULTS = Set.of("1-0", "0-1", "1/2-1/2", "*");
    static final String SET_UP_TAG = "SetUp";
    static final String FEN_TAG = "FEN";
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z0-9_]+");

    public PgnGame {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(result, "result");
        if (!RESULTS.contains(result)) {
            throw new IllegalArgumentException("result must be one of 1-0, 0-1, 1/2-1/2, *, not " + result);
        }
        SequencedMap<String, String> copy = new LinkedHashMap<>();
        tags.forEach((name, value) -> {
            if (!TAG_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a tag name has only letters, digits and _: " + name);
            }
            if (name.equals(SET_UP_TAG) || name.equals(FEN_TAG)) {
                throw new IllegalArgumentException("the start position stands for the " + name + " tag");
            }
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the value of tag " + name + " spans several lines");
            }
            copy.put(name, value);
        });
        tags = Collections.unmodifiableSequencedMap(copy);
        moves = List.copyOf(moves);
        Position position = start;
        for (Move move : moves) {
            position = position.play(move);
        }
    }

    /** A game from the standard start position, with no tags beyond the defaults {@link Pgn#write} supplies. */
    public static PgnGame of(List<Move> moves, String result) {
        return new PgnGame(new LinkedHashMap<>(), Position.initial(), moves, result);
    }

    /** The start position and the position after each move: one more entry than there are moves. */
    public List<Position> positions() {
        List<Position> positions = new ArrayList<>(moves.size() + 1);
        Position position = start;
        positions.add(position);
        for (Move move : moves) {
            position = position.play(move);
            positions.add(position);
        }
        return List.copyOf(positions);
    }

    /** The position after the last move. */
    public Position finalPosition() {
        return positions().getLast();
    }

    /** The same game with one tag added or replaced (a new tag goes last). */
    public PgnGame withTag(String name, String value) {
        SequencedMap<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(name, value);
        return new PgnGame(copy, start, moves, result);
    }
}
