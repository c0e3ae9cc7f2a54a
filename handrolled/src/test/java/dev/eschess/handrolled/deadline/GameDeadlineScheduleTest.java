package dev.eschess.handrolled.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.chess.Color;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.core.command.HandlingOptions;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.deadline.Deadline;
import dev.eschess.handrolled.core.deadline.JdbcDeadlines;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.SchemaMigrations;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.jdbc.JdbcSnapshotStore;
import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.handrolled.support.GamesUnderTest;
import dev.eschess.handrolled.support.H2Databases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The games' deadlines as a projection of the log (ADR 0062): a waiting game is due to expire, a join cancels that,
 * each move sets when the side now to move runs out of time, and the end of a game cancels what is left.
 */
class GameDeadlineScheduleTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");
    private static final Duration WAITING_TIME = Duration.ofMinutes(10);
    private static final String GAME = "clocked";

    private final HikariDataSource dataSource = H2Databases.newInMemory("game-deadlines");
    private final JdbcEventStore store;
    private final GamesUnderTest games;
    private final SubscriptionRunner schedule;
    private final JdbcDeadlines deadlines;

    GameDeadlineScheduleTest() {
        SchemaMigrations.migrate(dataSource);
        store = new JdbcEventStore(dataSource);
        JdbcSnapshotStore snapshots = new JdbcSnapshotStore(dataSource);
        games = new GamesUnderTest(store, snapshots, SnapshotPolicy.everyNEvents(3), Clock.systemUTC());
        schedule = new SubscriptionRunner(store, new GameDeadlineSchedule(dataSource,
                GameRepository.on(store, snapshots, Clock.systemUTC(), new StateCache<>(10)), WAITING_TIME),
                100, Duration.ofSeconds(1));
        deadlines = new JdbcDeadlines(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    private void send(GameCommand command) {
        games.handle(command, HandlingOptions.NONE);
        schedule.catchUp();
    }

    private void createWithClock(int limitSeconds, int incrementSeconds) {
        send(new CreateGame(GAME, "alice", "Alice", Color.WHITE, Optional.empty(),
                Optional.of(new TimeControl(limitSeconds, incrementSeconds)), T));
    }

    private Optional<Instant> due(GameDeadline deadline) {
        return deadlines.find(GameStreamNames.streamId(GAME), deadline.kind()).map(Deadline::dueAt);
    }

    @Test
    void aNewGameIsDueToExpireTheWaitingTimeAfterItsCreationAndAJoinCancelsThat() {
        createWithClock(60, 0);
        assertThat(due(GameDeadline.WAITING_GAME)).contains(T.plus(WAITING_TIME));

        send(new JoinGame(GAME, "bob", "Bob", T.plusSeconds(5)));

        assertThat(due(GameDeadline.WAITING_GAME)).isEmpty();
        assertThat(due(GameDeadline.FLAG_FALL)).as("the clock starts with the first move").isEmpty();
    }

    @Test
    void eachMoveSetsTheFlagFallOfTheSideNowToMoveReplacingTheOneBefore() {
        createWithClock(60, 2);
        send(new JoinGame(GAME, "bob", "Bob", T));

        send(new MakeMove(GAME, "alice", "e4", T.plusSeconds(1)));
        assertThat(due(GameDeadline.FLAG_FALL)).as("Black's 60 s from White's move").contains(T.plusSeconds(61));

        send(new MakeMove(GAME, "bob", "e5", T.plusSeconds(11)));
        assertThat(due(GameDeadline.FLAG_FALL)).as("White's 60 s + 2 s increment from Black's move")
                .contains(T.plusSeconds(11 + 62));

        send(new OfferDraw(GAME, "alice", T.plusSeconds(12)));
        assertThat(due(GameDeadline.FLAG_FALL)).as("an offer leaves the clock as it was")
                .contains(T.plusSeconds(11 + 62));
    }

    @Test
    void theEndOfAGameCancelsItsFlagFall() {
        createWithClock(60, 0);
        send(new JoinGame(GAME, "bob", "Bob", T));
        send(new MakeMove(GAME, "alice", "e4", T.plusSeconds(1)));

        send(new Resign(GAME, "bob", T.plusSeconds(2)));

        assertThat(due(GameDeadline.FLAG_FALL)).isEmpty();
    }

    @Test
    void anAbortedWaitingGameHasNoDeadlineLeft() {
        createWithClock(60, 0);

        send(new AbortGame(GAME, "alice", T.plusSeconds(1)));

        assertThat(due(GameDeadline.WAITING_GAME)).isEmpty();
    }

    @Test
    void aGameWithoutAClockNeverGetsAFlagFall() {
        send(CreateGame.standard(GAME, "alice", "Alice", Color.WHITE, T));
        send(new JoinGame(GAME, "bob", "Bob", T));

        send(new MakeMove(GAME, "alice", "e4", T.plusSeconds(1)));

        assertThat(due(GameDeadline.FLAG_FALL)).isEmpty();
    }

    @Test
    void catchingUpOnAWholeGameLeavesTheDeadlineOfItsLastMove() {
        games.handle(new CreateGame(GAME, "alice", "Alice", Color.WHITE, Optional.empty(),
                Optional.of(new TimeControl(60, 0)), T), HandlingOptions.NONE);
        games.handle(new JoinGame(GAME, "bob", "Bob", T), HandlingOptions.NONE);
        games.handle(new MakeMove(GAME, "alice", "e4", T.plusSeconds(1)), HandlingOptions.NONE);
        games.handle(new MakeMove(GAME, "bob", "e5", T.plusSeconds(3)), HandlingOptions.NONE);

        schedule.catchUp();

        assertThat(due(GameDeadline.FLAG_FALL)).as("White's 60 s from Black's move").contains(T.plusSeconds(63));
        assertThat(due(GameDeadline.WAITING_GAME)).isEmpty();
    }
}
