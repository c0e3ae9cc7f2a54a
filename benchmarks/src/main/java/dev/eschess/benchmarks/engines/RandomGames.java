package dev.eschess.benchmarks.engines;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.game.GameStatus;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded random legal games of a realistic length: created, joined, then 60 to 140 plies of random legal moves (UCI)
 * with an occasional draw offer, its decline and a claim when one is available, and a resignation if the rules have
 * not ended the game by then. The same seed always gives the same game.
 */
public final class RandomGames {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

    private RandomGames() {
    }

    /** The games of seeds 1 to {@code count}. */
    public static List<GameScript> seeds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(RandomGames::game).toList();
    }

    /** The game of one seed. */
    public static GameScript game(long seed) {
        Random random = new Random(seed);
        PlayedGame game = new PlayedGame();
        String id = PlayedGame.GAME_ID;
        game.play(CreateGame.standard(id, PlayedGame.WHITE, "White", Color.WHITE, START));
        game.play(new JoinGame(id, PlayedGame.BLACK, "Black", START.plusSeconds(1)));
        int plies = 60 + random.nextInt(81);
        for (int step = 0; step < 4 * plies && game.state().ply() < plies
                && game.state().status() == GameStatus.ACTIVE; step++) {
            Instant at = START.plusSeconds(10L + step);
            Color toMove = game.state().sideToMove();
            String mover = game.playerAt(toMove);
            int roll = random.nextInt(100);
            if (roll < 3 && game.state().drawOffer().isEmpty() && game.state().mayOfferDraw(toMove)) {
                game.play(new OfferDraw(id, mover, at));
            } else if (roll < 50 && game.state().drawOffer().filter(offerer -> offerer != toMove).isPresent()) {
                game.play(new DeclineDraw(id, mover, at));
            } else if (roll < 8 && game.state().claimableDraw().isPresent()) {
                game.play(new ClaimDraw(id, mover, at));
            } else {
                List<Move> legal = game.state().position().legalMoves().stream()
                        .sorted(Comparator.comparing(Move::uci)).toList();
                game.play(new MakeMove(id, mover, legal.get(random.nextInt(legal.size())).uci(), at));
            }
        }
        if (game.state().status() == GameStatus.ACTIVE) {
            Color loser = game.state().sideToMove();
            game.play(new Resign(id, game.playerAt(loser), START.plusSeconds(10L + 4L * plies)));
        }
        return game.script("seed " + seed);
    }
}
