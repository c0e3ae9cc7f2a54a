package dev.eschess.game.clock;

import dev.eschess.chess.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Both sides' time in a game with a time control, as of the last event. The clock starts with the game's first
 * move (the first mover's time is not running before it); after every move the mover gains the increment and the
 * opponent's time runs from the move's instant; the game's end stops it. Immutable.
 *
 * @param control the time control
 * @param white   White's time left when the running period started (or when the clock stopped)
 * @param black   Black's time left, the same way
 * @param running whose time is running and since when; empty before the first move and after the end
 */
public record GameClock(TimeControl control, Duration white, Duration black, Optional<Running> running) {

    public GameClock {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        Objects.requireNonNull(running, "running");
    }

    /**
     * A side's time running since an instant.
     *
     * @param side  whose time runs
     * @param since when it started running
     */
    public record Running(Color side, Instant since) {
        public Running {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(since, "since");
        }
    }

    /** The clock of a new game: both sides have the whole limit, nothing runs. */
    public static GameClock starting(TimeControl control) {
        return new GameClock(control, control.limit(), control.limit(), Optional.empty());
    }

    /** The side's time left at {@code at}: never negative; an instant before the running period counts as its start. */
    public Duration remaining(Color side, Instant at) {
        Duration stored = stored(side);
        Duration elapsed = running.filter(run -> run.side() == side)
                .map(run -> Duration.between(run.since(), at))
                .filter(duration -> !duration.isNegative())
                .orElse(Duration.ZERO);
        Duration left = stored.minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the side has no time left at {@code at}. */
    public boolean isOutOfTime(Color side, Instant at) {
        return remaining(side, at).isZero();
    }

    /** The instant the running side's time runs out, if a side's time is running. */
    public Optional<Instant> flagFallsAt() {
        return running.map(run -> run.since().plus(stored(run.side())));
    }

    /** The clock after {@code mover} moved at {@code at}: the mover's time stops, gains the increment, the other runs. */
    public GameClock afterMove(Color mover, Instant at) {
        Duration moverLeft = remaining(mover, at).plus(control.increment());
        Running opponent = new Running(mover.opposite(), at);
        return mover == Color.WHITE
                ? new GameClock(control, moverLeft, black, Optional.of(opponent))
                : new GameClock(control, white, moverLeft, Optional.of(opponent));
    }

    /** The clock after the game ended at {@code at}: the running side's time is charged up to then and nothing runs. */
    public GameClock stoppedAt(Instant at) {
        return new GameClock(control, remaining(Color.WHITE, at), remaining(Color.BLACK, at), Optional.empty());
    }

    private Duration stored(Color side) {
        return switch (side) {
            case WHITE -> white;
            case BLACK -> black;
        };
    }
}
