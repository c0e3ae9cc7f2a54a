package dev.eschess.game;

import dev.eschess.chess.Color;
import dev.eschess.chess.Position;
import dev.eschess.chess.notation.Uci;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.game.clock.GameClock;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link GameState} as plain values (strings, enums, numbers, lists, nested records), so that snapshot stores
 * can serialize it with a plain Jackson mapper and no annotations in this module.
 *
 * <p>This record is a storage format, not a domain type: an absent value is {@code null} here (a plain mapper
 * reads {@code null} but not {@code Optional}); {@link #toState()} turns it back into {@code Optional}s. Bump
 * {@link #SCHEMA_VERSION} whenever the shape or the meaning of a field changes, so stores ignore old snapshots.
 *
 * @param status         the status
 * @param gameId         the game id, {@code null} before the game is created
 * @param seats          the taken seats (none, one or two)
 * @param creatorColor   the creator's colour, {@code null} before the game is created
 * @param startFen       the start position
 * @param currentFen     the current position
 * @param repetitionKeys the repetition keys since the last irreversible move, the current one last
 * @param moves          the moves played, in order
 * @param drawOffer      the side whose offer is pending, or {@code null}
 * @param offeredSinceOwnMove the sides that offered a draw since their own last move, white first
 * @param result         the result of a finished game, or {@code null}
 * @param endReason      the reason of a finished game, or {@code null}
 * @param eventCount     how many events the game has recorded
 * @param clock          both sides' time in a game with a time control, or {@code null}
 */
public record GameSnapshot(
        GameStatus status,
        String gameId,
        List<SeatSnapshot> seats,
        Color creatorColor,
        String startFen,
        String currentFen,
        List<String> repetitionKeys,
        List<MoveSnapshot> moves,
        Color drawOffer,
        List<Color> offeredSinceOwnMove,
        GameResult result,
        EndReason endReason,
        int eventCount,
        ClockSnapshot clock) {

    /**
     * The version of this shape; stores keep it beside each snapshot and ignore snapshots of another version.
     * Version 2 added {@code offeredSinceOwnMove} and {@code eventCount}; version 3 added {@code clock}.
     */
    public static final int SCHEMA_VERSION = 3;

    public GameSnapshot {
        Objects.requireNonNull(status, "status");
        seats = List.copyOf(seats);
        Objects.requireNonNull(startFen, "startFen");
        Objects.requireNonNull(currentFen, "currentFen");
        repetitionKeys = List.copyOf(repetitionKeys);
        moves = List.copyOf(moves);
        offeredSinceOwnMove = List.copyOf(offeredSinceOwnMove);
    }

    /**
     * One taken seat.
     *
     * @param color      the seat's colour
     * @param playerId   the player's id
     * @param playerName the player's name
     */
    public record SeatSnapshot(Color color, String playerId, String playerName) {
    }

    /**
     * One played move.
     *
     * @param uci the move in UCI
     * @param san the move in SAN
     */
    public record MoveSnapshot(String uci, String san) {
    }

    /**
     * A game's clock: times in nanoseconds so that a restored state equals the folded one exactly.
     *
     * @param limitSeconds     the time control's limit
     * @param incrementSeconds the time control's increment
     * @param whiteNanos       White's stored time
     * @param blackNanos       Black's stored time
     * @param running          whose time runs, or {@code null}
     * @param runningSince     since when (ISO-8601), or {@code null}
     */
    public record ClockSnapshot(int limitSeconds, int incrementSeconds, long whiteNanos, long blackNanos,
                                Color running, String runningSince) {

        static ClockSnapshot of(GameClock clock) {
            return new ClockSnapshot(clock.control().limitSeconds(), clock.control().incrementSeconds(),
                    clock.white().toNanos(), clock.black().toNanos(),
                    clock.running().map(GameClock.Running::side).orElse(null),
                    clock.running().map(run -> run.since().toString()).orElse(null));
        }

        GameClock toClock() {
            Optional<GameClock.Running> run = running == null || runningSince == null
                    ? Optional.empty()
                    : Optional.of(new GameClock.Running(running, Instant.parse(runningSince)));
            return new GameClock(new TimeControl(limitSeconds, incrementSeconds), Duration.ofNanos(whiteNanos),
                    Duration.ofNanos(blackNanos), run);
        }
    }

    static GameSnapshot of(GameState state) {
        List<SeatSnapshot> seats = new ArrayList<>(2);
        state.white().ifPresent(seat -> seats.add(new SeatSnapshot(Color.WHITE, seat.playerId(), seat.playerName())));
        state.black().ifPresent(seat -> seats.add(new SeatSnapshot(Color.BLACK, seat.playerId(), seat.playerName())));
        return new GameSnapshot(
                state.status(),
                state.gameId().orElse(null),
                seats,
                state.creatorColor().orElse(null),
                state.startPosition().fen(),
                state.position().fen(),
                state.history().repetitionKeys(),
                state.moves().stream().map(move -> new MoveSnapshot(move.uci(), move.san())).toList(),
                state.drawOffer().orElse(null),
                state.offeredSinceOwnMove().stream().sorted().toList(),
                state.outcome().map(GameOutcome::result).orElse(null),
                state.outcome().map(GameOutcome::reason).orElse(null),
                state.eventCount(),
                state.clock().map(ClockSnapshot::of).orElse(null));
    }

    GameState toState() {
        Optional<GameOutcome> outcome = result == null || endReason == null
                ? Optional.empty()
                : Optional.of(new GameOutcome(result, endReason));
        return new GameState(
                status,
                Optional.ofNullable(gameId),
                seatAt(Color.WHITE),
                seatAt(Color.BLACK),
                Optional.ofNullable(creatorColor),
                Position.fromFen(startFen),
                new PositionHistory(repetitionKeys, Position.fromFen(currentFen)),
                moves.stream().map(move -> new PlayedMove(Uci.parse(move.uci()), move.san())).toList(),
                Optional.ofNullable(drawOffer),
                Set.copyOf(offeredSinceOwnMove),
                outcome,
                eventCount,
                Optional.ofNullable(clock).map(ClockSnapshot::toClock));
    }

    private Optional<Seat> seatAt(Color color) {
        return seats.stream().filter(seat -> seat.color() == color).findFirst()
                .map(seat -> new Seat(seat.playerId(), seat.playerName()));
    }
}
