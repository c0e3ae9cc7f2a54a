package dev.eschess.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.notation.San;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random legal games played through {@code decide}: at every step evolving incrementally equals replaying from
 * scratch, a snapshot round trip gives the same state, and the move events number the plies without gaps.
 * The random source lives only in this test; the seeds make every run the same.
 */
class RandomGamesThroughTheDeciderTest {

    private static final int GAMES = 24;
    private static final int MAX_PLIES = 300;
    private static final String GAME = "random-game";
    private static final String WHITE_PLAYER = "white-player";
    private static final String BLACK_PLAYER = "black-player";

    private final GameDecider decider = new GameDecider();

    @TestFactory
    Stream<DynamicTest> everyStateOfARandomGameIsItsReplayAndSurvivesASnapshot() {
        return IntStream.rangeClosed(1, GAMES).mapToObj(seed ->
                DynamicTest.dynamicTest("seed " + seed, () -> playRandomGame(new Random(seed))));
    }

    private void playRandomGame(Random random) {
        List<GameEvent> history = new ArrayList<>();
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        GameState state = decider.initialState();
        state = apply(state, history, CreateGame.standard(GAME, WHITE_PLAYER, "White", Color.WHITE, start));
        state = apply(state, history, new JoinGame(GAME, BLACK_PLAYER, "Black", start.plusSeconds(1)));

        for (int step = 0; step < MAX_PLIES && state.status() == GameStatus.ACTIVE; step++) {
            Instant at = start.plusSeconds(10L + step);
            Color toMove = state.sideToMove();
            String mover = toMove == Color.WHITE ? WHITE_PLAYER : BLACK_PLAYER;
            int roll = random.nextInt(100);
            if (roll < 3 && state.drawOffer().isEmpty()) {
                state = apply(state, history, new OfferDraw(GAME, mover, at));
            } else if (roll < 6 && state.drawOffer().filter(offerer -> offerer != toMove).isPresent()) {
                state = apply(state, history, new DeclineDraw(GAME, mover, at));
            } else if (roll < 8 && state.claimableDraw().isPresent()) {
                state = apply(state, history, new ClaimDraw(GAME, mover, at));
            } else {
                List<Move> legal = state.position().legalMoves().stream()
                        .sorted(Comparator.comparing(Move::uci)).toList();
                Move move = legal.get(random.nextInt(legal.size()));
                String text = random.nextBoolean() ? move.uci() : San.format(state.position(), move);
                state = apply(state, history, new MakeMove(GAME, mover, text, at));
            }
            if (step % 10 == 0) {
                assertThat(decider.replay(history)).isEqualTo(state);
                assertThat(GameState.fromSnapshot(state.toSnapshot())).isEqualTo(state);
            }
        }

        assertThat(decider.replay(history)).isEqualTo(state);
        assertThat(GameState.fromSnapshot(state.toSnapshot())).isEqualTo(state);
        List<Integer> plies = history.stream().filter(MovePlayed.class::isInstance)
                .map(event -> ((MovePlayed) event).ply()).toList();
        assertThat(plies).isEqualTo(IntStream.rangeClosed(1, plies.size()).boxed().toList());
        assertThat(state.ply()).isEqualTo(plies.size());
    }

    private GameState apply(GameState state, List<GameEvent> history, GameCommand command) {
        List<GameEvent> events = decider.decide(command, state);
        GameState next = state;
        for (GameEvent event : events) {
            next = decider.evolve(next, event);
        }
        history.addAll(events);
        return next;
    }
}
