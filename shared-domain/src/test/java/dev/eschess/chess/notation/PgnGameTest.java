package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.IllegalMoveException;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class PgnGameTest {

    private static final List<Move> E4_E5 = List.of(Move.of(Square.E2, Square.E4), Move.of(Square.E7, Square.E5));

    @Test
    void positionsHoldTheStartAndThePositionAfterEachMove() {
        PgnGame game = PgnGame.of(E4_E5, "*");

        assertThat(game.positions()).containsExactly(
                Position.initial(),
                Position.initial().play(E4_E5.get(0)),
                Position.initial().play(E4_E5.get(0)).play(E4_E5.get(1)));
    }

    @Test
    void theFinalPositionIsThePositionAfterTheLastMove() {
        assertThat(PgnGame.of(E4_E5, "*").finalPosition().fen())
                .isEqualTo("rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2");
    }

    @Test
    void aMoveThatIsIllegalWhereItIsPlayedIsRejected() {
        assertThatThrownBy(() -> PgnGame.of(List.of(Move.of(Square.E2, Square.E4), Move.of(Square.E2, Square.E4)),
                "*")).isInstanceOf(IllegalMoveException.class);
    }

    @Test
    void aResultOtherThanTheFourTerminationMarkersIsRejected() {
        assertThatThrownBy(() -> PgnGame.of(E4_E5, "1-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setUpAndFenAreNotTagsBecauseTheStartPositionStandsForThem() {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        tags.put("FEN", Position.initial().fen());

        assertThatThrownBy(() -> new PgnGame(tags, Position.initial(), E4_E5, "*"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTagNameWithASpaceIsRejected() {
        assertThatThrownBy(() -> PgnGame.of(E4_E5, "*").withTag("White Elo", "2000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTagsCannotBeChangedFromOutside() {
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        tags.put("White", "Anna");
        PgnGame game = new PgnGame(tags, Position.initial(), E4_E5, "*");

        tags.put("Black", "Bert");

        assertThat(game.tags()).containsOnlyKeys("White");
        assertThatThrownBy(() -> game.tags().put("Black", "Bert")).isInstanceOf(UnsupportedOperationException.class);
    }
}
