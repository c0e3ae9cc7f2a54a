package dev.eschess.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventRendererTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");

    @Test
    void anEventIsRenderedWithItsStableTypeNameAndApiSpelling() {
        EventView view = EventRenderer.render(RecordedGameEvent.of(3,
                new MovePlayed("g1", 1, Color.WHITE, "e2e4", "e4", "fen", AT)));

        assertThat(view.version()).isEqualTo(3);
        assertThat(view.type()).isEqualTo("MovePlayed");
        assertThat(view.occurredAt()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(view.data()).containsEntry("color", "white").containsEntry("san", "e4").containsEntry("ply", 1);
    }

    @Test
    void resultsAndReasonsUseTheirWireNames() {
        EventView view = EventRenderer.render(RecordedGameEvent.of(9,
                new GameEnded("g1", GameResult.DRAW, EndReason.SEVENTY_FIVE_MOVE_RULE, AT)));

        assertThat(view.data()).containsEntry("result", "1/2-1/2").containsEntry("reason", "seventy-five-move-rule");
    }

    @Test
    void aCreatedGameNamesItsCreatorColourInLowerCase() {
        EventView view = EventRenderer.render(RecordedGameEvent.of(1,
                new GameCreated("g1", "p1", "Ada", Color.BLACK, "fen", AT)));

        assertThat(view.type()).isEqualTo("GameCreated");
        assertThat(view.data()).containsEntry("creatorColor", "black").containsEntry("creatorName", "Ada");
    }
}
