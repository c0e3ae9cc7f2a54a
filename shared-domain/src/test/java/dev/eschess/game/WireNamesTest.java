package dev.eschess.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.game.event.GameResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strings other modules and stored data rely on stay exactly as agreed. */
class WireNamesTest {

    @Test
    void endReasonsUseTheHttpApisNames() {
        assertThat(Arrays.stream(EndReason.values()).map(EndReason::wireName)).containsExactly(
                "checkmate", "stalemate", "insufficient-material", "fivefold-repetition", "seventy-five-move-rule",
                "threefold-repetition", "fifty-move-rule", "resignation", "draw-agreement", "aborted",
                "no-opponent", "timeout", "timeout-vs-insufficient-material");
    }

    @Test
    void resultsUsePgnTokens() {
        assertThat(Arrays.stream(GameResult.values()).map(GameResult::wireName))
                .containsExactly("1-0", "0-1", "1/2-1/2", "*");
    }

    @Test
    void statusesUseTheHttpApisNames() {
        assertThat(GameStatus.WAITING.wireName()).isEqualTo("waiting");
        assertThat(GameStatus.ACTIVE.wireName()).isEqualTo("active");
        assertThat(GameStatus.FINISHED.wireName()).isEqualTo("finished");
    }

    @Test
    void rejectionCodesAreUnique() {
        List<String> codes = Arrays.stream(RejectionReason.values()).map(RejectionReason::wireCode).toList();

        assertThat(codes).doesNotHaveDuplicates().contains("not-your-turn", "illegal-move", "game-not-found");
    }

    @Test
    void everyEventClassHasExactlyOneStableTypeName() {
        List<Class<?>> classes = Arrays.stream(GameEventType.values()).<Class<?>>map(GameEventType::eventClass).toList();

        assertThat(classes).containsExactlyInAnyOrder(GameEvent.class.getPermittedSubclasses());
        assertThat(Arrays.stream(GameEventType.values()).map(GameEventType::typeName)).doesNotHaveDuplicates();
        for (GameEventType type : GameEventType.values()) {
            assertThat(GameEventType.byTypeName(type.typeName())).contains(type);
            assertThat(GameEventType.byClass(type.eventClass())).isEqualTo(type);
        }
    }

    @Test
    void gameCreatedIsAtSchemaVersionThreeAfterItsTwoRecordedChanges() {
        assertThat(GameEventType.GAME_CREATED.schemaVersion()).isEqualTo(3);
        assertThat(GameEventType.GAME_CREATED.typeName()).isEqualTo("GameCreated");
    }
}
