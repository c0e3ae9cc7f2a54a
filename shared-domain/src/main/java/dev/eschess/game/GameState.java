package dev.eschess.game;

import dev.eschess.chess.Color;
import dev.eschess.chess.Position;
import dev.eschess.chess.outcome.DrawClaim;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.game.clock.GameClock;
import dev.eschess.game.clock.TimeControl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the decider knows about one game, folded from its events; immutable. Also what a game view
 * needs: status, seats, position, SAN moves, pending draw offer, claimable draw, clocks, result and reason.
 *
 * @param status        where the game stands
 * @param gameId        the game's id; empty before it is created
 * @param white         who plays white, if the seat is taken
 * @param black         who plays black, if the seat is taken
 * @param creatorColor  the colour the creator took; empty before the game is created
 * @param startPosition the position the game started from
 * @param history       the current position and the repetition keys that can still matter
 * @param moves         the moves played, in order
 * @param drawOffer     the side whose draw offer is pending, if any
 * @param offeredSinceOwnMove the sides that offered a draw since their own last move (or since the start): they
 *                      may not offer again before they move
 * @param outcome       result and reason once the game is finished
 * @param eventCount    how many events the game has recorded (its stream's version)
 * @param clock         both sides' time, in a game with a time control
 */
public record GameState(
        GameStatus status,
        Optional<String> gameId,
        Optional<Seat> white,
        Optional<Seat> black,
        Optional<Color> creatorColor,
        Position startPosition,
        PositionHistory history,
        List<PlayedMove> moves,
        Optional<Color> drawOffer,
        Set<Color> offeredSinceOwnMove,
        Optional<GameOutcome> outcome,
        int eventCount,
        Optional<GameClock> clock) {

    public GameState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        Objects.requireNonNull(creatorColor, "creatorColor");
        Objects.requireNonNull(startPosition, "startPosition");
        Objects.requireNonNull(history, "history");
        moves = List.copyOf(moves);
        Objects.requireNonNull(drawOffer, "drawOffer");
        offeredSinceOwnMove = Set.copyOf(offeredSinceOwnMove);
        Objects.requireNonNull(outcome, "outcome");
        if (eventCount < 0) {
            throw new IllegalArgumentException("an event count cannot be negative: " + eventCount);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** The state of a game that does not exist yet: no events. */
    public static GameState initial() {
        Position start = Position.initial();
        return new GameState(GameStatus.NOT_CREATED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), start, PositionHistory.startingAt(start), List.of(), Optional.empty(), Set.of(),
                Optional.empty(), 0, Optional.empty());
    }

    /** The plain-values form of this state, for snapshot stores. */
    public GameSnapshot toSnapshot() {
        return GameSnapshot.of(this);
    }

    /** The state a snapshot describes. */
    public static GameState fromSnapshot(GameSnapshot snapshot) {
        return snapshot.toState();
    }

    /** The position on the board now. */
    public Position position() {
        return history.current();
    }

    /** The side to move in the current position. */
    public Color sideToMove() {
        return position().sideToMove();
    }

    /** The player at the given colour, if the seat is taken. */
    public Optional<Seat> seat(Color color) {
        return switch (color) {
            case WHITE -> white;
            case BLACK -> black;
        };
    }

    /** The colour the given player sits at, if any. */
    public Optional<Color> colorOf(String playerId) {
        if (white.filter(seat -> seat.playerId().equals(playerId)).isPresent()) {
            return Optional.of(Color.WHITE);
        }
        if (black.filter(seat -> seat.playerId().equals(playerId)).isPresent()) {
            return Optional.of(Color.BLACK);
        }
        return Optional.empty();
    }

    /** The creator's seat; empty before the game is created. */
    public Optional<Seat> creator() {
        return creatorColor.flatMap(this::seat);
    }

    /** The moves in SAN, in order. */
    public List<String> sanMoves() {
        return moves.stream().map(PlayedMove::san).toList();
    }

    /** The number of halfmoves played. */
    public int ply() {
        return moves.size();
    }

    /** The draw the player to move could claim now; always empty unless the game is active. */
    public Optional<DrawClaim> claimableDraw() {
        return status == GameStatus.ACTIVE ? history.claimableDraw() : Optional.empty();
    }

    /** Whether {@code side} has run out of time at {@code at}; never in a game without clocks. */
    public boolean isOutOfTime(Color side, Instant at) {
        return clock.filter(running -> running.isOutOfTime(side, at)).isPresent();
    }

    /** Whether {@code color} may offer a draw, as far as the one-offer-per-own-move limit goes. */
    public boolean mayOfferDraw(Color color) {
        return !offeredSinceOwnMove.contains(color);
    }

    GameState created(String id, Seat creator, Color color, Position start, Optional<TimeControl> control) {
        GameState seated = color == Color.WHITE ? withWhite(creator) : withBlack(creator);
        return new GameState(GameStatus.WAITING, Optional.of(id), seated.white, seated.black, Optional.of(color),
                start, PositionHistory.startingAt(start), List.of(), Optional.empty(), Set.of(), Optional.empty(),
                eventCount, control.map(GameClock::starting));
    }

    GameState joined(Seat joiner, Color color) {
        GameState seated = color == Color.WHITE ? withWhite(joiner) : withBlack(joiner);
        return new GameState(GameStatus.ACTIVE, gameId, seated.white, seated.black, creatorColor, startPosition,
                history, moves, drawOffer, offeredSinceOwnMove, outcome, eventCount, clock);
    }

    GameState moved(PlayedMove played, Color mover, PositionHistory next, Instant at) {
        List<PlayedMove> longer = new ArrayList<>(moves.size() + 1);
        longer.addAll(moves);
        longer.add(played);
        Set<Color> stillOffered = EnumSet.noneOf(Color.class);
        stillOffered.addAll(offeredSinceOwnMove);
        stillOffered.remove(mover);
        return new GameState(status, gameId, white, black, creatorColor, startPosition, next, longer, drawOffer,
                stillOffered, outcome, eventCount, clock.map(running -> running.afterMove(mover, at)));
    }

    GameState drawOfferedBy(Color offerer) {
        Set<Color> offered = EnumSet.of(offerer);
        offered.addAll(offeredSinceOwnMove);
        return new GameState(status, gameId, white, black, creatorColor, startPosition, history, moves,
                Optional.of(offerer), offered, outcome, eventCount, clock);
    }

    GameState withoutDrawOffer() {
        return new GameState(status, gameId, white, black, creatorColor, startPosition, history, moves,
                Optional.empty(), offeredSinceOwnMove, outcome, eventCount, clock);
    }

    GameState ended(GameOutcome ending, Instant at) {
        return new GameState(GameStatus.FINISHED, gameId, white, black, creatorColor, startPosition, history, moves,
                Optional.empty(), offeredSinceOwnMove, Optional.of(ending), eventCount,
                clock.map(running -> running.stoppedAt(at)));
    }

    /** This state, counting one more recorded event. */
    GameState counted() {
        return new GameState(status, gameId, white, black, creatorColor, startPosition, history, moves, drawOffer,
                offeredSinceOwnMove, outcome, eventCount + 1, clock);
    }

    private GameState withWhite(Seat seat) {
        return new GameState(status, gameId, Optional.of(seat), black, creatorColor, startPosition, history, moves,
                drawOffer, offeredSinceOwnMove, outcome, eventCount, clock);
    }

    private GameState withBlack(Seat seat) {
        return new GameState(status, gameId, white, Optional.of(seat), creatorColor, startPosition, history, moves,
                drawOffer, offeredSinceOwnMove, outcome, eventCount, clock);
    }
}
