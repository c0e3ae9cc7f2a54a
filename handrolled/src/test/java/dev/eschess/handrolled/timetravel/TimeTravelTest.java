package dev.eschess.handrolled.timetravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StreamNotAtVersion;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.support.GamesUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time travel (point 8): the state of a game as of version N. */
class TimeTravelTest {

    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");
    private final GamesUnderTest games = new GamesUnderTest(new InMemoryEventStore(), new InMemorySnapshotStore(),
            SnapshotPolicy.everyNEvents(4), Clock.systemUTC());

    private void playFoolsMate() {
        games.handle(CreateGame.standard("g", "alice", "Alice", Color.WHITE, T), HandlingOptions.NONE);
        games.handle(new JoinGame("g", "bob", "Bob", T), HandlingOptions.NONE);
        for (String move : List.of("f3", "e5", "g4", "Qh4#")) {
            String player = games.game("g").state().sideToMove() == Color.WHITE ? "alice" : "bob";
            games.handle(new MakeMove("g", player, move, T), HandlingOptions.NONE);
        }
    }

    @Test
    void theStateAsOfEveryVersionEqualsTheReplayOfThatManyEvents() {
        playFoolsMate();
        List<GameEvent> all = games.events("g").stream().map(GameEventRecord::event).toList();

        for (int version = 0; version <= all.size(); version++) {
            assertThat(games.gameAt("g", version).state()).as("version %d", version)
                    .isEqualTo(new GameDecider().replay(all.subList(0, version)));
        }
    }

    @Test
    void beforeTheMateTheGameWasStillActive() {
        playFoolsMate();

        assertThat(games.game("g").state().status()).isEqualTo(GameStatus.FINISHED);
        assertThat(games.gameAt("g", 5).state().status()).isEqualTo(GameStatus.ACTIVE);
        assertThat(games.gameAt("g", 5).state().sanMoves()).containsExactly("f3", "e5", "g4");
    }

    @Test
    void aVersionTheGameHasNotReachedIsRefused() {
        playFoolsMate();

        assertThatThrownBy(() -> games.gameAt("g", 8)).isInstanceOfSatisfying(StreamNotAtVersion.class,
                refused -> assertThat(refused.actual()).isEqualTo(7));
    }
}
