package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.app.AxonGameEngine;
import dev.eschess.axon.support.Games;
import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.seat.SeatStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Work handed to a command through the web port runs in the transaction of the command's events, on the connection
 * Axon's storage engine appended them with: it commits with them and rolls back with them, and no cache keeps what a
 * rolled-back command did (ADR 0060). The work here is the web module's own seat insert.
 */
abstract class CommandParticipantContract {

    private static final String TOKEN = "a-token-of-the-test";

    @Autowired
    AxonGameEngine engine;
    @Autowired
    SeatStore seats;
    @Autowired
    DataSource dataSource;
    @Autowired
    Repository<GameAggregate> gameRepository;

    @Test
    void givenAWrite_whenAGameIsCreated_thenItRunsInTheTransactionThatHoldsTheStillUncommittedEvent() {
        String gameId = Games.newGameId();
        List<Long> eventsSeenInTheTransaction = new ArrayList<>();
        List<Long> eventsSeenElsewhere = new ArrayList<>();

        CommandOutcome outcome = engine.execute(create(gameId), CommandOptions.none(), (connection, appended) -> {
            eventsSeenInTheTransaction.add(storedEvents(connection, gameId));
            try (Connection other = dataSource.getConnection()) {
                eventsSeenElsewhere.add(storedEvents(other, gameId));
            }
            seats.add(connection, gameId, Color.WHITE, Games.WHITE, TOKEN, Games.AT);
        });

        assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);
        assertThat(eventsSeenInTheTransaction).containsExactly(1L);
        assertThat(eventsSeenElsewhere).containsExactly(0L);
        assertThat(seats.authenticate(gameId, TOKEN)).isPresent();
    }

    @Test
    void givenAWriteThatFailsAfterWriting_whenAPlayerJoins_thenNeitherTheSeatNorTheEventIsKeptAnywhere() {
        String gameId = Games.newGameId();
        engine.execute(create(gameId), CommandOptions.none());
        assertThat(aggregateCache().containsKey(gameId)).as("the create left its game in the cache").isTrue();
        IllegalStateException refusal = new IllegalStateException("failed after the seat was written");

        assertThatThrownBy(() -> engine.execute(new JoinGame(gameId, Games.BLACK, "Bob", Games.AT),
                CommandOptions.none(), (connection, appended) -> {
                    seats.add(connection, gameId, Color.BLACK, Games.BLACK, TOKEN, Games.AT);
                    throw refusal;
                })).isSameAs(refusal);

        assertThat(engine.events(gameId, 0, 10)).hasSize(1);
        assertThat(seats.authenticate(gameId, TOKEN)).isEmpty();
        assertThat(aggregateCache().containsKey(gameId)).as("Axon's rollback dropped the cached game").isFalse();
        assertThat(engine.current(gameId)).hasValueSatisfying(game -> {
            assertThat(game.version()).isEqualTo(1);
            assertThat(game.state().black()).isEmpty();
        });
        CommandOutcome joined = engine.execute(new JoinGame(gameId, "carol", "Carol", Games.AT), CommandOptions.none());
        assertThat(joined).isInstanceOfSatisfying(CommandOutcome.Applied.class, applied -> {
            assertThat(applied.version()).isEqualTo(2);
            assertThat(applied.appended()).extracting(RecordedGameEvent::event).singleElement()
                    .isInstanceOfSatisfying(PlayerJoined.class,
                            event -> assertThat(event.playerId()).isEqualTo("carol"));
        });
    }

    @Test
    void givenAWrite_whenTheCommandIsAlreadyAppliedOrRejected_thenItDoesNotRunAgain() {
        String gameId = Games.newGameId();
        CommandOptions withId = new CommandOptions(Optional.empty(), Optional.of("create-once"));
        List<List<RecordedGameEvent>> runs = new ArrayList<>();

        engine.execute(create(gameId), withId, (connection, appended) -> runs.add(appended));
        CommandOutcome repeated = engine.execute(create(gameId), withId, (connection, appended) -> runs.add(appended));
        CommandOutcome rejected = engine.execute(create(gameId), CommandOptions.none(),
                (connection, appended) -> runs.add(appended));

        assertThat(repeated).isInstanceOf(CommandOutcome.AlreadyApplied.class);
        assertThat(rejected).isInstanceOf(CommandOutcome.Rejected.class);
        assertThat(runs).singleElement().satisfies(appended ->
                assertThat(appended).extracting(RecordedGameEvent::version).containsExactly(1L));
    }

    private static CreateGame create(String gameId) {
        return CreateGame.standard(gameId, Games.WHITE, "Alice", Color.WHITE, Games.AT);
    }

    /** The aggregate cache inside the games' repository (ADR 0053), read only to see what it holds. */
    private Cache aggregateCache() {
        return (Cache) ReflectionTestUtils.getField(gameRepository, "cache");
    }

    private static long storedEvents(Connection connection, String gameId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            count.setString(1, gameId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
