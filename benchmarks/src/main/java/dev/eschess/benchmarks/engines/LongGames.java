package dev.eschess.benchmarks.engines;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.PieceType;
import dev.eschess.chess.Position;
import dev.eschess.game.GameDecider;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.event.GameEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic long game of an exact number of events, within the decider's rules: after creation and join, each ply is
 * a draw offer by the side to move, the opponent's decline and a quiet move of the side to move (one event each). The
 * moves keep the game going: no capture, check or stalemate, no position a fifth time, and a pawn push once 140 plies
 * have passed without one (the seventy-five-move rule ends a game after 150). The decider records at most
 * {@link GameDecider#MAX_EVENTS_PER_GAME} events and refuses all but a resignation from 9,997 on, so the longest game
 * here has {@link #LONGEST} events.
 */
public final class LongGames {

    /** The most events a game grown here may have: below the decider's cap, with room to spare. */
    public static final int LONGEST = 9_990;

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int PLIES_BEFORE_A_PAWN_PUSH = 140;
    private static final int MOST_OCCURRENCES = 4;

    private LongGames() {
    }

    /** The commands and events of a game of exactly {@code events} events (at least 2, at most {@link #LONGEST}). */
    public static LongGame ofEvents(int events) {
        if (events < 2 || events > LONGEST) {
            throw new IllegalArgumentException("a long game has 2 to " + LONGEST + " events, not " + events);
        }
        PlayedGame game = new PlayedGame();
        String id = PlayedGame.GAME_ID;
        game.play(CreateGame.standard(id, PlayedGame.WHITE, "White", Color.WHITE, START));
        game.play(new JoinGame(id, PlayedGame.BLACK, "Black", START.plusSeconds(1)));
        Random random = new Random(events);
        Map<String, Integer> seen = new HashMap<>();
        seen.put(game.state().position().repetitionKey(), 1);
        int pliesSincePawnPush = 0;
        long second = 2;
        while (game.state().eventCount() < events) {
            Color toMove = game.state().sideToMove();
            int step = (game.state().eventCount() - 2) % 3;
            Instant at = START.plusSeconds(second++);
            if (step == 0) {
                game.play(new OfferDraw(id, game.playerAt(toMove), at));
            } else if (step == 1) {
                game.play(new DeclineDraw(id, game.playerAt(toMove.opposite()), at));
            } else {
                Position position = game.state().position();
                Move move = quietMove(position, random, seen, pliesSincePawnPush >= PLIES_BEFORE_A_PAWN_PUSH);
                if (isPawnMove(position, move)) {
                    seen.clear();
                    pliesSincePawnPush = 0;
                } else {
                    pliesSincePawnPush++;
                }
                List<GameEvent> played = game.play(new MakeMove(id, game.playerAt(toMove), move.uci(), at));
                if (played.size() != 1) {
                    throw new IllegalStateException("a quiet move ended the game: " + played);
                }
                seen.merge(game.state().position().repetitionKey(), 1, Integer::sum);
            }
        }
        return new LongGame(game.script(events + " events"), game.events());
    }

    private static Move quietMove(Position position, Random random, Map<String, Integer> seen, boolean pushPawn) {
        List<Move> quiet = position.legalMoves().stream()
                .filter(move -> !position.isCapture(move))
                .filter(move -> {
                    Position after = position.play(move);
                    return !after.isCheck() && !after.isStalemate();
                })
                .toList();
        List<Move> pieceMoves = quiet.stream().filter(move -> !isPawnMove(position, move))
                .filter(move -> seen.getOrDefault(position.play(move).repetitionKey(), 0) < MOST_OCCURRENCES)
                .toList();
        List<Move> pawnPushes = quiet.stream().filter(move -> isPawnMove(position, move))
                .filter(move -> move.promotion().isEmpty()).toList();
        List<Move> choices = pushPawn || pieceMoves.isEmpty() ? pawnPushes : pieceMoves;
        if (choices.isEmpty()) {
            throw new IllegalStateException("no quiet move left in " + position.fen());
        }
        return choices.get(random.nextInt(choices.size()));
    }

    private static boolean isPawnMove(Position position, Move move) {
        return position.movingPiece(move).map(piece -> piece.type() == PieceType.PAWN).orElse(false);
    }

    /**
     * A long game: its script and the events the decider recorded for it.
     *
     * @param script the commands
     * @param events the events, as many as asked for
     */
    public record LongGame(GameScript script, List<GameEvent> events) {

        public LongGame {
            events = List.copyOf(events);
        }
    }
}
