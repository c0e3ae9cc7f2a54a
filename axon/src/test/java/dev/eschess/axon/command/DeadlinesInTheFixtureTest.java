package dev.eschess.axon.command;

import static dev.eschess.axon.command.GameAggregate.FLAG_FALL_DEADLINE;
import static dev.eschess.axon.command.GameAggregate.WAITING_DEADLINE;

import dev.eschess.axon.support.ServerWiredFixture;
import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregate's deadlines in Axon's own fixture, whose stub deadline manager keeps time by itself: which commands
 * set a deadline, and what a due deadline decides, stale or not (ADR 0063).
 */
class DeadlinesInTheFixtureTest {

    private static final String GAME = "g";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration WAITING_TIME = Duration.ofHours(1);
    private static final TimeControl ONE_MINUTE = new TimeControl(60, 0);
    private static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
    private static final String AFTER_E4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";

    private AggregateTestFixture<GameAggregate> fixture;

    @BeforeEach
    void wireLikeProduction() {
        fixture = ServerWiredFixture.gameAggregate(WAITING_TIME);
    }

    @Test
    void creatingAGameSetsTheEndOfItsWaitForAnOpponent() {
        fixture.givenNoPriorActivity()
                .when(create(Optional.empty()))
                .expectScheduledDeadlineWithName(WAITING_TIME, WAITING_DEADLINE);
    }

    @Test
    void theWaitIsCountedFromWhenTheGameIsStoredNotFromAnOlderRequestTime() {
        fixture.givenCurrentTime(AT.plus(Duration.ofDays(1)))
                .when(create(Optional.empty()))
                .expectScheduledDeadlineWithName(AT.plus(Duration.ofDays(1)).plus(WAITING_TIME), WAITING_DEADLINE);
    }

    @Test
    void givenAGameNobodyJoinedWhenTheWaitingTimeHasPassedThenTheServerEndsItWithoutAResult() {
        fixture.givenCurrentTime(AT)
                .andGivenCommands(create(Optional.empty()))
                .whenTimeElapses(WAITING_TIME)
                .expectTriggeredDeadlinesWithName(WAITING_DEADLINE)
                .expectEvents(new GameEnded(GAME, GameResult.NO_RESULT, EndReason.NO_OPPONENT, AT.plus(WAITING_TIME)));
    }

    @Test
    void givenAJoinedGameWhenTheWaitingTimeHasPassedThenTheStaleDeadlineChangesNothing() {
        fixture.givenCurrentTime(AT)
                .andGivenCommands(create(Optional.empty()), join())
                .whenTimeElapses(WAITING_TIME)
                .expectTriggeredDeadlinesWithName(WAITING_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void aRetriedCreateSetsNoSecondDeadline() {
        fixture.given(new GenericDomainEventMessage<>(GameAggregate.TYPE, GAME, 0, created(Optional.empty()),
                        MetaData.with(CommandMetadata.COMMAND_ID, "c-1")))
                .when(create(Optional.empty()), Map.of(CommandMetadata.COMMAND_ID, "c-1"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMoveInAGameWithClocksSetsTheFlagFallOfTheSideNowToMove() {
        fixture.given(created(Optional.of(ONE_MINUTE)), joined())
                .when(new MakeMove(GAME, "alice", "e4", AT))
                .expectScheduledDeadlineWithName(AT.plusSeconds(60), FLAG_FALL_DEADLINE);
    }

    @Test
    void aMoveInAGameWithoutClocksSetsNoDeadline() {
        fixture.given(created(Optional.empty()), joined())
                .when(new MakeMove(GAME, "alice", "e4", AT))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMoveAfterTheTimeRanOutEndsTheGameAndSetsNoDeadline() {
        fixture.given(created(Optional.of(ONE_MINUTE)), joined(), e4())
                .when(new MakeMove(GAME, "bob", "e5", AT.plusSeconds(61)))
                .expectEvents(new GameEnded(GAME, GameResult.WHITE_WINS, EndReason.TIMEOUT, AT.plusSeconds(61)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenBlacksTimeRunningWhenItRunsOutThenTheFlagFallsByItselfAndWhiteWins() {
        fixture.givenCurrentTime(AT)
                .andGivenCommands(create(Optional.of(ONE_MINUTE)), join(), new MakeMove(GAME, "alice", "e4", AT))
                .whenTimeElapses(Duration.ofSeconds(60))
                .expectTriggeredDeadlinesWithName(FLAG_FALL_DEADLINE)
                .expectEvents(new GameEnded(GAME, GameResult.WHITE_WINS, EndReason.TIMEOUT, AT.plusSeconds(60)));
    }

    @Test
    void givenAMoveInTimeWhenTheEarlierFlagFallDeadlineComesThenItChangesNothing() {
        fixture.givenCurrentTime(AT)
                .andGivenCommands(create(Optional.of(ONE_MINUTE)), join(), new MakeMove(GAME, "alice", "e4", AT),
                        new MakeMove(GAME, "bob", "e5", AT.plusSeconds(10)))
                .whenTimeElapses(Duration.ofSeconds(60))
                .expectTriggeredDeadlinesWithName(FLAG_FALL_DEADLINE)
                .expectNoEvents();
    }

    @Test
    void givenAMoveInTimeWhenTheNewFlagFallDeadlineComesThenTheGameEndsOnTimeOnce() {
        fixture.givenCurrentTime(AT)
                .andGivenCommands(create(Optional.of(ONE_MINUTE)), join(), new MakeMove(GAME, "alice", "e4", AT),
                        new MakeMove(GAME, "bob", "e5", AT.plusSeconds(10)))
                .whenTimeElapses(Duration.ofSeconds(70))
                .expectTriggeredDeadlinesWithName(FLAG_FALL_DEADLINE, FLAG_FALL_DEADLINE)
                .expectEvents(new GameEnded(GAME, GameResult.BLACK_WINS, EndReason.TIMEOUT, AT.plusSeconds(70)));
    }

    private static CreateGame create(Optional<TimeControl> clock) {
        return new CreateGame(GAME, "alice", "Alice", Color.WHITE, Optional.empty(), clock, AT);
    }

    private static JoinGame join() {
        return new JoinGame(GAME, "bob", "Bob", AT);
    }

    private static GameCreated created(Optional<TimeControl> clock) {
        return new GameCreated(GAME, "alice", "Alice", Color.WHITE, START, clock, AT);
    }

    private static PlayerJoined joined() {
        return new PlayerJoined(GAME, "bob", "Bob", Color.BLACK, AT);
    }

    private static MovePlayed e4() {
        return new MovePlayed(GAME, 1, Color.WHITE, "e2e4", "e4", AFTER_E4, AT);
    }
}
