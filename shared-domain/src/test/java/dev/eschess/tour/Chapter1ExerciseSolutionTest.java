package dev.eschess.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import org.junit.jupiter.api.Test;

/**
 * The solution of chapter 1's exercise (docs/tour/1-events.md): the score sheet of a game, written from its events
 * alone, without the chess rules. It works because a {@link MovePlayed} carries the move as people write it.
 */
class Chapter1ExerciseSolutionTest {

    // tag::tour-ch1-solution[]
    /** The moves as a score sheet, "1. f3 e5 2. g4 Qh4# 0-1": read from the events, no rule of chess run. */
    static String scoreSheet(Iterable<GameEvent> events) {
        StringBuilder sheet = new StringBuilder();
        for (GameEvent event : events) {
            if (event instanceof MovePlayed move) {
                if (move.color() == Color.WHITE) {
                    sheet.append((move.ply() + 1) / 2).append(". ");
                }
                sheet.append(move.san()).append(' ');
            } else if (event instanceof GameEnded ended) {
                sheet.append(ended.result().wireName());
            }
        }
        return sheet.toString().strip();
    }
    // end::tour-ch1-solution[]

    @Test
    void givenTheEventsOfFoolsMate_whenTheScoreSheetIsWrittenFromThemAlone_thenItShowsTheMovesAndTheResult() {
        assertThat(scoreSheet(FoolsMate.events())).isEqualTo("1. f3 e5 2. g4 Qh4# 0-1");
    }

    @Test
    void givenAGameStillInProgress_whenTheScoreSheetIsWritten_thenItEndsWithTheLastMove() {
        assertThat(scoreSheet(FoolsMate.firstEvents(4))).isEqualTo("1. f3 e5");
    }
}
