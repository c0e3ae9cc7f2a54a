package dev.eschess.axon.command;

import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts {@link GameAggregate} needs from Spring: routing, its repository, snapshotting, the missing-game
 * translation, the enlistment of command participants and the waiting time of new games.
 */
@Configuration(proxyBeanMethods = false)
public class GameAggregateConfig {

    /** Routes every {@code GameCommand} by its game id; picked up by Axon for all aggregates. */
    @Bean
    public CommandTargetResolver gameCommandTargetResolver() {
        return new GameCommandTargetResolver();
    }

    // tag::cmp-snapshots[]
    /** A snapshot after every {@code eschess.axon.snapshot-every} events of a game (ADR 0025). */
    @Bean
    public SnapshotTriggerDefinition gameSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${eschess.axon.snapshot-every:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
    // end::cmp-snapshots[]

    // tag::cmp-configuration[]
    /**
     * The games' repository: Axon's event-sourcing repository, with a cache of the most recently used
     * {@code eschess.axon.cache.games} games checked against the stored version on every load (ADR 0053); {@code 0}
     * switches the cache off, so every command loads its game from the latest snapshot and the events after it.
     * Handler parameters are resolved as everywhere in Axon's Spring configuration, Spring beans included (the
     * deadline manager and the waiting time); left alone, a repository of our own would resolve only Axon's.
     */
    @Bean
    public Repository<GameAggregate> gameRepository(EventStore eventStore,
                                                    SnapshotTriggerDefinition gameSnapshotTrigger,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    @Value("${eschess.axon.cache.games:10000}") long cachedGames) {
        EventSourcingRepository.Builder<GameAggregate> builder = EventSourcingRepository.builder(GameAggregate.class)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .snapshotTriggerDefinition(gameSnapshotTrigger);
        return cachedGames == 0 ? builder.build()
                : new VersionCheckedCachingRepository<>(builder, new BoundedAggregateCache(cachedGames), eventStore);
    }
    // end::cmp-configuration[]

    /** How long a game waits for an opponent before the server ends it ({@code 1h} unless configured). */
    @Bean
    public WaitingTime waitingTime(@Value("${eschess.games.expire-waiting-after:1h}") Duration duration) {
        return new WaitingTime(duration);
    }

    // tag::cmp-snapshots-filter[]
    /** Ignores snapshots written in another form than {@link GameAggregate#SNAPSHOT_REVISION}. */
    @Bean
    public SnapshotFilter gameSnapshotFilter() {
        return RevisionSnapshotFilter.builder()
                .type(GameAggregate.TYPE)
                .revision(GameAggregate.SNAPSHOT_REVISION)
                .build();
    }
    // end::cmp-snapshots-filter[]

    /** Registers the translation of Axon's missing aggregate into the decider's "game not found". */
    @Autowired
    public void translateMissingGames(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new MissingGameTranslation());
    }

    /**
     * Registers the enlistment of a command's participant in its unit of work, on the connection provider that Axon's
     * JDBC storage engine appends with (ADR 0060).
     */
    @Autowired
    public void enlistParticipants(CommandBus commandBus, ConnectionProvider connectionProvider) {
        commandBus.registerHandlerInterceptor(new ParticipantEnlistment(connectionProvider));
    }
}
