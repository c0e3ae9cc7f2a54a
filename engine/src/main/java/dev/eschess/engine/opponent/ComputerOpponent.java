package dev.eschess.engine.opponent;

import dev.eschess.chess.Color;
import dev.eschess.engine.ComputerPlayer;
import dev.eschess.engine.Decision;
import dev.eschess.engine.level.Level;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.Seat;
import dev.eschess.game.clock.GameClock;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.Resign;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * What the computer does next in a game: the policy both variants' process managers run when an event of a game
 * with a {@link ComputerSeat} arrives. It looks at the game's current state only, so a late, repeated or
 * reordered event changes nothing: it answers the person's pending draw offer first (by its evaluation), and when
 * it is to move it plays its move or, at the levels that do, resigns a lost position. Searching takes up to the
 * level's budget (about a second at level 8): call it on a bounded executor, never on a request thread.
 */
public final class ComputerOpponent {

    /** However little time is left, the computer thinks this long: a legal move needs a first search iteration. */
    private static final Duration SHORTEST_THOUGHT = Duration.ofMillis(20);

    private ComputerOpponent() {
    }

    /** Whether a computer sits at either colour of the game. */
    public static boolean playsIn(GameState game) {
        return computerColor(game).isPresent();
    }

    /**
     * Whether {@link #reply} answers in this state: a computer sits at the active game and is to move, or the person's
     * draw offer waits for its answer. A process manager asks this cheap question on every event, and thinks only
     * when it says yes.
     */
    public static boolean owesAReply(GameState game) {
        return game.status() == GameStatus.ACTIVE && computerColor(game)
                .filter(own -> game.sideToMove() == own
                        || game.drawOffer().filter(offering -> offering != own).isPresent())
                .isPresent();
    }

    /**
     * The computer's reply in the game's current state, or empty when it has nothing to do: the game is not
     * active, no computer sits at it, or the person is to move without a pending offer.
     *
     * @param game  the game's current state
     * @param clock the process manager's clock, read when the computer has made up its mind: its thinking time is
     *              its own time, so in a game with clocks it counts against the computer, as for a person
     */
    public static Optional<ComputerReply> reply(GameState game, InstantSource clock) {
        if (!owesAReply(game)) {
            return Optional.empty();
        }
        Color own = computerColor(game).orElseThrow();
        Seat seat = seatAt(game, own).orElseThrow();
        Level level = ComputerSeat.of(seat).orElseThrow().level();
        String gameId = game.gameId().orElseThrow();
        int version = game.eventCount();
        long seed = seed(gameId, version);
        String commandId = "computer-" + version + "-" + gameId;

        if (game.drawOffer().filter(offering -> offering != own).isPresent()) {
            boolean accepts = ComputerPlayer.wouldAcceptDraw(game.history(), own, level, seed);
            GameCommand answer = accepts
                    ? new AcceptDraw(gameId, seat.playerId(), clock.instant())
                    : new DeclineDraw(gameId, seat.playerId(), clock.instant());
            return Optional.of(new ComputerReply(answer, commandId, version));
        }
        Decision decision = ComputerPlayer.decide(game.history(), withinItsClock(game, own, level, clock), seed);
        GameCommand move = ComputerPlayer.shouldResign(decision, level)
                ? new Resign(gameId, seat.playerId(), clock.instant())
                : new MakeMove(gameId, seat.playerId(), decision.move().uci(), clock.instant());
        return Optional.of(new ComputerReply(move, commandId, version));
    }

    /**
     * The level, thinking no longer than its clock allows: a thirtieth of the time left plus half the increment, so a
     * computer that thinks by time (level 8) does not lose a fast game on time. Only such a game reads the clock here.
     */
    static Level withinItsClock(GameState game, Color own, Level level, InstantSource clock) {
        if (level.timeBudget().isEmpty() || game.clock().isEmpty()) {
            return level;
        }
        GameClock gameClock = game.clock().get();
        Duration share = gameClock.remaining(own, clock.instant()).dividedBy(30)
                .plus(gameClock.control().increment().dividedBy(2));
        return level.withTimeBudgetAtMost(share.compareTo(SHORTEST_THOUGHT) < 0 ? SHORTEST_THOUGHT : share);
    }

    private static Optional<Color> computerColor(GameState game) {
        for (Color color : Color.values()) {
            if (seatAt(game, color).flatMap(ComputerSeat::of).isPresent()) {
                return Optional.of(color);
            }
        }
        return Optional.empty();
    }

    private static Optional<Seat> seatAt(GameState game, Color color) {
        return switch (color) {
            case WHITE -> game.white();
            case BLACK -> game.black();
        };
    }

    // The same game at the same version always gets the same reply at the levels without a time budget.
    private static long seed(String gameId, int version) {
        return gameId.hashCode() * 1_000_003L + version;
    }
}
