package dev.eschess.handrolled.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.eventstore.InMemoryEventStore;
import dev.eschess.handrolled.core.snapshot.InMemorySnapshotStore;
import dev.eschess.handrolled.core.snapshot.Snapshot;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.GamesUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Point 6 as a property: over random legal games (seeded, so a failure names its seed), the state loaded from
 * the latest snapshot plus the events after it equals the state replayed from the first event, after every
 * command, for several snapshot distances.
 */
class SnapshotReplayPropertyTest {

    private static final long SEED = 20_260_501L;
    private static final int GAMES = 40;
    private static final int MAX_PLIES = 90;
    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void snapshotPlusTailEqualsFullReplayOverRandomLegalGames() {
        Random random = new Random(SEED);
        int snapshotsUsed = 0;
        int commands = 0;
        for (int game = 0; game < GAMES; game++) {
            int every = 1 + random.nextInt(7);
            InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
            GamesUnderTest games = new GamesUnderTest(new InMemoryEventStore(), snapshots,
                    SnapshotPolicy.everyNEvents(every), Clock.systemUTC());
            String id = "random-" + game;
            games.handle(CreateGame.standard(id, "w", "White", Color.WHITE, T), HandlingOptions.NONE);
            games.handle(new JoinGame(id, "b", "Black", T), HandlingOptions.NONE);
            for (int ply = 0; ply < MAX_PLIES && games.game(id).state().status() == GameStatus.ACTIVE; ply++) {
                GameState state = games.game(id).state();
                try {
                    games.handle(randomCommand(random, id, state), HandlingOptions.NONE);
                } catch (GameRejection rejection) {
                    // a random draw answer or claim may be refused; the property is about what is stored
                }
                commands++;
                assertThat(games.game(id)).as("seed %d, game %d, every %d, command %d", SEED, game, every, ply)
                        .isEqualTo(games.replay(id));
            }
            if (snapshots.latest(GameStreamNames.streamId(id)).map(Snapshot::streamVersion).orElse(0L) > 0) {
                snapshotsUsed++;
            }
        }
        assertThat(snapshotsUsed).as("games whose loads started from a snapshot").isEqualTo(GAMES);
        System.out.printf("Snapshot property: %d random games, %d commands, seed %d%n", GAMES, commands, SEED);
    }

    private static GameCommand randomCommand(Random random, String id, GameState state) {
        Color side = state.sideToMove();
        String mover = side == Color.WHITE ? "w" : "b";
        String other = side == Color.WHITE ? "b" : "w";
        int dice = random.nextInt(100);
        if (state.drawOffer().isPresent() && dice < 30) {
            String answerer = state.drawOffer().get() == Color.WHITE ? "b" : "w";
            return dice < 5 ? new AcceptDraw(id, answerer, T) : new DeclineDraw(id, answerer, T);
        }
        if (dice < 4) {
            return new OfferDraw(id, random.nextBoolean() ? mover : other, T);
        }
        if (dice < 6) {
            return new ClaimDraw(id, mover, T);
        }
        if (dice == 99 && state.ply() > 40) {
            return new Resign(id, other, T);
        }
        List<Move> moves = state.position().legalMoves().stream().sorted(Comparator.comparing(Move::uci)).toList();
        return new MakeMove(id, mover, moves.get(random.nextInt(moves.size())).uci(), T);
    }
}
