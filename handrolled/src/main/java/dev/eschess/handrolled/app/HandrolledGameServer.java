package dev.eschess.handrolled.app;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.command.GameRepository;
import dev.eschess.handrolled.command.HandrolledGameCommands;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.command.StateCache;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.jdbc.JdbcEventStore;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import dev.eschess.handrolled.core.snapshot.jdbc.JdbcSnapshotStore;
import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import dev.eschess.handrolled.projection.LiveFeed;
import dev.eschess.handrolled.projection.LobbyFeed;
import dev.eschess.handrolled.projection.SpringProjectionTransactions;
import dev.eschess.handrolled.projection.SubscriptionLifecycle;
import dev.eschess.handrolled.storage.HandrolledSchema;
import dev.eschess.handrolled.timetravel.HandrolledGameHistory;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.schema.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-rolled game server: the web module's HTTP API (auto-configured) over the hand-rolled event-sourcing
 * core, both on Spring Boot's data source (an H2 file under {@code ./data/handrolled/} by default, PostgreSQL
 * with the {@code postgres} profile).
 */
@SpringBootApplication
public class HandrolledGameServer {

    /**
     * Marks a new database as the hand-rolled server's, and refuses one marked for another server, before anything
     * migrates; the core's history table tells an older database of this server from the Axon server's (ADR 0055).
     */
    @Bean
    static SchemaOwner schemaOwner() {
        return new SchemaOwner(HandrolledGameEngine.VARIANT, "handrolled_schema_history");
    }

    // tag::wiring[]
    @Bean
    HandrolledSchema handrolledSchema(DataSource dataSource) {
        return new HandrolledSchema(dataSource);
    }

    @Bean(destroyMethod = "")
    EventStore eventStore(DataSource dataSource, HandrolledSchema schema) {
        return new JdbcEventStore(dataSource);
    }

    // tag::cmp-configuration[]
    @Bean
    EventSourcedRepository<GameCommand, GameEvent, GameState> gameRepository(
            EventStore eventStore, DataSource dataSource, Clock clock,
            @Value("${eschess.handrolled.state-cache-games:2000}") int cachedGames) {
        return GameRepository.on(eventStore, new JdbcSnapshotStore(dataSource), clock, new StateCache<>(cachedGames));
    }

    @Bean
    HandrolledGameCommands gameCommands(EventStore eventStore,
                                        EventSourcedRepository<GameCommand, GameEvent, GameState> repository,
                                        @Value("${eschess.handrolled.snapshot-every:"
                                                + HandrolledGameCommands.DEFAULT_SNAPSHOT_EVERY + "}") int snapshotEvery,
                                        @Value("${eschess.handrolled.command-attempts:"
                                                + HandrolledGameCommands.DEFAULT_ATTEMPTS + "}") int attempts) {
        return new HandrolledGameCommands(eventStore, repository, SnapshotPolicy.everyNEvents(snapshotEvery),
                attempts);
    }
    // end::cmp-configuration[]

    @Bean
    HandrolledGameEngine gameEngine(HandrolledGameCommands commands, EventStore eventStore,
                                    EventSourcedRepository<GameCommand, GameEvent, GameState> repository,
                                    DataSource dataSource) {
        return new HandrolledGameEngine(commands, new HandrolledGameHistory(eventStore, repository),
                eventStoreOf(dataSource));
    }
    // end::wiring[]

    @Bean
    LobbyFeed lobbyFeed(DataSource dataSource, PlatformTransactionManager transactionManager,
                        LobbyProjection lobby, HandrolledSchema schema) {
        return new LobbyFeed(dataSource,
                new SpringProjectionTransactions(dataSource, new TransactionTemplate(transactionManager)), lobby);
    }

    @Bean
    SubscriptionLifecycle lobbySubscription(EventStore eventStore, LobbyFeed feed, HandrolledGameEngine engine,
                                            @Value("${eschess.handrolled.lobby.batch-size:100}") int batchSize,
                                            @Value("${eschess.handrolled.lobby.poll-interval:200ms}") Duration poll) {
        SubscriptionLifecycle subscription = new SubscriptionLifecycle(
                new SubscriptionRunner(eventStore, feed, batchSize, poll));
        engine.onAppend(subscription::wakeUp);
        return subscription;
    }

    /**
     * Every instance follows the log itself for its own live streams, from the head at start: appends of this
     * instance wake it at once, those of other instances are found by polling (ADR 0052).
     */
    @Bean
    SubscriptionLifecycle liveSubscription(EventStore eventStore, GameStreams streams, HandrolledGameEngine engine,
                                           @Value("${eschess.handrolled.live.poll-interval:100ms}") Duration poll) {
        SubscriptionLifecycle subscription = new SubscriptionLifecycle(new SubscriptionRunner(eventStore,
                new LiveFeed(streams, eventStore.headPosition()), 500, poll));
        engine.onAppend(subscription::wakeUp);
        return subscription;
    }

    /**
     * With {@code --eschess.lobby.rebuild=true} the lobby is emptied and the whole log replayed into it on start, as
     * after a change of its read model; the same switch exists on the Axon server.
     */
    @Bean
    ApplicationRunner lobbyRebuild(@Qualifier("lobbySubscription") SubscriptionLifecycle lobby,
                                   @Value("${eschess.lobby.rebuild:false}") boolean rebuild) {
        return arguments -> {
            if (rebuild) {
                LoggerFactory.getLogger(HandrolledGameServer.class).info("lobby rebuilt from {} events", lobby.rebuild());
            }
        };
    }

    /** {@code h2}, {@code postgresql}, ...: the database product's name in lower case. */
    private static String eventStoreOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(HandrolledGameServer.class, args);
    }
}
