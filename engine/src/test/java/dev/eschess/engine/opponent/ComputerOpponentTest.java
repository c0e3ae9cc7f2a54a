package dev.eschess.engine.opponent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Color;
import dev.eschess.chess.notation.Uci;
import dev.eschess.engine.level.Level;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameState;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComputerOpponentTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final InstantSource CLOCK = InstantSource.fixed(NOW);
    private static final String GAME = "g-1";
    private static final String PERSON = "person-id";

    private final GameDecider decider = new GameDecider();

    @Test
    void givenThePersonMovedWhenTheComputerRepliesThenItPlaysALegalMoveAsItsSeatAtThatVersion() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(1),
                new MakeMove(GAME, PERSON, "e2e4", NOW));

        ComputerReply reply = ComputerOpponent.reply(game, CLOCK).orElseThrow();

        assertThat(reply.command()).isInstanceOfSatisfying(MakeMove.class, move -> {
            assertThat(move.playerId()).isEqualTo("computer:level-1");
            assertThat(game.position().legalMoves()).contains(Uci.parse(move.move()));
        });
        assertThat(reply.expectedVersion()).isEqualTo(game.eventCount()).isEqualTo(3);
        assertThat(reply.commandId()).isEqualTo("computer-3-" + GAME);
    }

    @Test
    void givenTheComputerPlaysWhiteWhenThePersonHasJustJoinedThenItOpens() {
        GameState game = play(createdByPersonAs(Color.BLACK, Optional.empty()), joinedByComputer(2));

        assertThat(ComputerOpponent.reply(game, CLOCK)).hasValueSatisfying(reply ->
                assertThat(reply.command()).isInstanceOf(MakeMove.class));
    }

    @Test
    void givenTheComputerThinksWhenItRepliesThenTheCommandCarriesTheTimeAfterThinking() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(5),
                new MakeMove(GAME, PERSON, "e2e4", NOW));
        AtomicInteger readings = new AtomicInteger();
        InstantSource countingClock = () -> NOW.plusSeconds(readings.incrementAndGet());

        ComputerReply reply = ComputerOpponent.reply(game, countingClock).orElseThrow();

        assertThat(readings).hasValue(1);
        assertThat(((MakeMove) reply.command()).requestedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void givenAComputerThatThinksByTimeInAFastGameWhenItThinksThenItTakesAThirtiethOfItsTime() {
        GameState game = clockedGameAgainstTheComputer(new TimeControl(15, 0), 8);

        Level thinking = ComputerOpponent.withinItsClock(game, Color.BLACK, Level.of(8), InstantSource.fixed(NOW));

        assertThat(thinking.timeBudget()).contains(Duration.ofMillis(500));
    }

    @Test
    void givenAComputerThatThinksByTimeWithAlmostNoTimeLeftWhenItThinksThenItStillTakesTheShortestThought() {
        GameState game = clockedGameAgainstTheComputer(new TimeControl(15, 0), 8);

        Level thinking = ComputerOpponent.withinItsClock(game, Color.BLACK, Level.of(8),
                InstantSource.fixed(NOW.plusMillis(14_700)));

        assertThat(thinking.timeBudget()).contains(Duration.ofMillis(20));
    }

    @Test
    void givenAComputerThatThinksByTimeWithMostOfItsClockLeftWhenAskedThenItKeepsItsOwnBudget() {
        GameState game = clockedGameAgainstTheComputer(new TimeControl(600, 0), 8);

        Level thinking = ComputerOpponent.withinItsClock(game, Color.BLACK, Level.of(8), InstantSource.fixed(NOW));

        assertThat(thinking).isEqualTo(Level.of(8));
    }

    @Test
    void givenAComputerThatCountsNodesWhenItsClockRunsLowThenItsLevelIsUnchanged() {
        GameState game = clockedGameAgainstTheComputer(new TimeControl(15, 0), 7);

        assertThat(ComputerOpponent.withinItsClock(game, Color.BLACK, Level.of(7), InstantSource.fixed(NOW)))
                .isEqualTo(Level.of(7));
    }

    @Test
    void givenThePersonIsToMoveWhenAskedThenTheComputerDoesNothing() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(1));

        assertThat(ComputerOpponent.reply(game, CLOCK)).isEmpty();
    }

    @Test
    void givenThePersonIsToMoveWithoutAnOfferWhenAskedWhetherTheComputerOwesAReplyThenItDoesNot() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(1));

        assertThat(ComputerOpponent.owesAReply(game)).isFalse();
    }

    @Test
    void givenTheComputerIsToMoveWhenAskedWhetherItOwesAReplyThenItDoesAndReplies() {
        GameState game = play(createdByPersonAs(Color.BLACK, Optional.empty()), joinedByComputer(1));

        assertThat(ComputerOpponent.owesAReply(game)).isTrue();
        assertThat(ComputerOpponent.reply(game, CLOCK)).isPresent();
    }

    @Test
    void givenThePersonOfferedADrawOnTheirTurnWhenAskedWhetherTheComputerOwesAReplyThenItDoesAndReplies() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(1),
                new OfferDraw(GAME, PERSON, NOW));

        assertThat(ComputerOpponent.owesAReply(game)).isTrue();
        assertThat(ComputerOpponent.reply(game, CLOCK)).isPresent();
    }

    @Test
    void givenTheSameStateWhenAskedTwiceThenTheReplyIsTheSame() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()), joinedByComputer(4),
                new MakeMove(GAME, PERSON, "d2d4", NOW));

        assertThat(ComputerOpponent.reply(game, CLOCK)).isEqualTo(ComputerOpponent.reply(game, CLOCK));
    }

    @Test
    void givenAGameWithoutAComputerWhenAskedThenNothingHappens() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.empty()),
                new JoinGame(GAME, "other-person", "Bob", NOW), new MakeMove(GAME, PERSON, "e2e4", NOW));

        assertThat(ComputerOpponent.playsIn(game)).isFalse();
        assertThat(ComputerOpponent.reply(game, CLOCK)).isEmpty();
    }

    @Test
    void givenAWaitingOrFinishedGameWhenAskedThenTheComputerDoesNothing() {
        GameState waiting = play(createdByPersonAs(Color.BLACK, Optional.empty()));
        GameState finished = play(createdByPersonAs(Color.BLACK, Optional.empty()), joinedByComputer(3),
                new Resign(GAME, PERSON, NOW));

        assertThat(ComputerOpponent.reply(waiting, CLOCK)).isEmpty();
        assertThat(ComputerOpponent.reply(finished, CLOCK)).isEmpty();
    }

    @Test
    void givenTheComputerIsFarBehindWhenAnOfferIsPendingThenItAccepts() {
        // White (the person) has queen and rook against a lone king.
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.of("4k3/8/8/8/8/8/8/QR2K3 w - - 0 1")),
                joinedByComputer(6), new OfferDraw(GAME, PERSON, NOW));

        assertThat(ComputerOpponent.reply(game, CLOCK)).hasValueSatisfying(reply ->
                assertThat(reply.command()).isEqualTo(new AcceptDraw(GAME, "computer:level-6", NOW)));
    }

    @Test
    void givenTheComputerIsFarAheadWhenAnOfferIsPendingThenItDeclines() {
        // Black (the computer) has queen and rook against a lone king.
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.of("qr2k3/8/8/8/8/8/8/4K3 w - - 0 1")),
                joinedByComputer(6), new OfferDraw(GAME, PERSON, NOW));

        assertThat(ComputerOpponent.reply(game, CLOCK)).hasValueSatisfying(reply ->
                assertThat(reply.command()).isEqualTo(new DeclineDraw(GAME, "computer:level-6", NOW)));
    }

    @Test
    void givenAHopelessPositionAtALevelThatResignsWhenToMoveThenItResigns() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.of("4k3/8/8/8/8/8/8/QR2K3 w - - 0 1")),
                joinedByComputer(7), new MakeMove(GAME, PERSON, "a1a2", NOW));

        assertThat(ComputerOpponent.reply(game, CLOCK)).hasValueSatisfying(reply ->
                assertThat(reply.command()).isEqualTo(new Resign(GAME, "computer:level-7", NOW)));
    }

    @Test
    void givenAHopelessPositionAtALevelThatNeverResignsWhenToMoveThenItPlaysOn() {
        GameState game = play(createdByPersonAs(Color.WHITE, Optional.of("4k3/8/8/8/8/8/8/QR2K3 w - - 0 1")),
                joinedByComputer(2), new MakeMove(GAME, PERSON, "a1a2", NOW));

        assertThat(ComputerOpponent.reply(game, CLOCK)).hasValueSatisfying(reply ->
                assertThat(reply.command()).isInstanceOf(MakeMove.class));
    }

    /** The person (White) has played 1. e4 at {@link #NOW}: the computer's clock runs from then. */
    private GameState clockedGameAgainstTheComputer(TimeControl timeControl, int level) {
        return play(new CreateGame(GAME, PERSON, "Ada", Color.WHITE, Optional.empty(), Optional.of(timeControl), NOW),
                joinedByComputer(level), new MakeMove(GAME, PERSON, "e2e4", NOW));
    }

    private static GameCommand createdByPersonAs(Color color, Optional<String> fen) {
        return new CreateGame(GAME, PERSON, "Ada", color, fen, NOW);
    }

    private static GameCommand joinedByComputer(int level) {
        ComputerSeat computer = ComputerSeat.atLevel(level);
        return new JoinGame(GAME, computer.playerId(), computer.playerName(), NOW);
    }

    private GameState play(GameCommand... commands) {
        GameState state = decider.initialState();
        for (GameCommand command : commands) {
            for (var event : decider.decide(command, state)) {
                state = decider.evolve(state, event);
            }
        }
        return state;
    }

}
