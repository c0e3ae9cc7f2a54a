package dev.eschess.web.view;

import dev.eschess.chess.notation.Pgn;
import dev.eschess.chess.notation.PgnGame;
import dev.eschess.game.GameState;
import dev.eschess.game.Seat;
import dev.eschess.game.event.GameCreated;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** A game so far as PGN, with the Seven Tag Roster filled from its events. */
public final class PgnExport {

    private static final DateTimeFormatter PGN_DATE =
            DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    /** The PGN text of the game in {@code state}, dated by its first event. */
    public String pgn(GameState state, RecordedGameEvent first) {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", "eschess game");
        tags.put("Site", "eschess");
        if (first.event() instanceof GameCreated created) {
            tags.put("Date", PGN_DATE.format(created.occurredAt()));
        }
        tags.put("Round", "-");
        tags.put("White", state.white().map(Seat::playerName).orElse("?"));
        tags.put("Black", state.black().map(Seat::playerName).orElse("?"));
        String result = state.outcome().map(outcome -> outcome.result().wireName()).orElse("*");
        tags.put("Result", result);
        state.gameId().ifPresent(id -> tags.put("GameId", id));
        state.outcome().ifPresent(outcome -> tags.put("Termination", outcome.reason().wireName()));
        return Pgn.write(new PgnGame(tags, state.startPosition(), GameRenderer.moves(state), result));
    }
}
