package dev.eschess.benchmarks.engines;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.command.GameCommandTargetResolver;
import dev.eschess.axon.command.WaitingTime;
import dev.eschess.axon.serialization.AxonObjectMappers;
import dev.eschess.axon.serialization.GameCreatedV1Upcaster;
import dev.eschess.axon.serialization.GameCreatedV2Upcaster;
import dev.eschess.axon.serialization.GameEventSerializer;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.timeout.HandlerTimeoutConfiguration;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * The Axon server's {@link GameAggregate} in an Axon configuration built with Axon's Configuration API, no Spring: a
 * {@code SimpleCommandBus} and command gateway, an embedded event store on in-memory storage, the server's
 * serializers and upcasters, its command target resolver, and the two things the aggregate's handlers take as
 * parameters besides Axon's own: a deadline manager ({@link ParkedDeadlines}, which never fires, where the server
 * runs db-scheduler) and the waiting time of new games (1 h, the server's default), both found by Axon's
 * configuration parameter resolver as Spring beans are in the server.
 */
final class AxonGames implements AutoCloseable {

    private static final int BOOT_HANDLER_TIMEOUT_MS = 30_000;
    private static final int BOOT_UNIT_OF_WORK_TIMEOUT_MS = 60_000;
    private static final int BOOT_WARNING_THRESHOLD_MS = 10_000;
    private static final int BOOT_WARNING_INTERVAL_MS = 1_000;

    private final Configuration configuration;
    private final FreshStorage storage;
    private final Optional<Cache> cache;

    /** Starts a configuration of this setup. */
    AxonGames(AxonSetup setup) {
        Serializer snapshots = JacksonSerializer.builder().objectMapper(AxonObjectMappers.create()).build();
        Serializer events = GameEventSerializer.using(AxonObjectMappers.create());
        EventUpcasterChain upcasters = new EventUpcasterChain(new GameCreatedV1Upcaster(), new GameCreatedV2Upcaster());
        this.storage = new FreshStorage(setup.json()
                ? () -> HeapJsonStorageEngine.using(snapshots, events, upcasters)
                : InMemoryEventStorageEngine::new);
        this.cache = setup.cachedAndSnapshotted() ? Optional.of(new WeakReferenceCache()) : Optional.empty();

        AggregateConfigurer<GameAggregate> aggregate = AggregateConfigurer.defaultConfiguration(GameAggregate.class)
                .configureCommandTargetResolver(c -> new GameCommandTargetResolver());
        cache.ifPresent(games -> aggregate
                .configureCache(c -> games)
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                        EngineBenchmarkSettings.SNAPSHOT_EVERY)));
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> snapshots)
                .configureEventSerializer(c -> events)
                .configureEmbeddedEventStore(c -> storage)
                .configureDeadlineManager(c -> new ParkedDeadlines())
                .registerComponent(WaitingTime.class, c -> new WaitingTime(Duration.ofHours(1)))
                .configureAggregate(aggregate);
        if (setup.bootTimeouts()) {
            configurer.registerHandlerEnhancerDefinition(c -> new HandlerTimeoutHandlerEnhancerDefinition(
                    new HandlerTimeoutConfiguration(bootHandlerTimeout(), bootHandlerTimeout(), bootHandlerTimeout(),
                            bootHandlerTimeout())));
        }
        this.configuration = configurer.buildConfiguration();
        if (setup.bootTimeouts()) {
            configuration.commandBus().registerHandlerInterceptor(new UnitOfWorkTimeoutInterceptor(
                    configuration.commandBus().getClass().getSimpleName(), BOOT_UNIT_OF_WORK_TIMEOUT_MS,
                    BOOT_WARNING_THRESHOLD_MS, BOOT_WARNING_INTERVAL_MS));
        }
        configuration.start();
    }

    private static TaskTimeoutSettings bootHandlerTimeout() {
        return new TaskTimeoutSettings(BOOT_HANDLER_TIMEOUT_MS, BOOT_WARNING_THRESHOLD_MS, BOOT_WARNING_INTERVAL_MS);
    }

    CommandGateway gateway() {
        return configuration.commandGateway();
    }

    Repository<GameAggregate> repository() {
        return configuration.repository(GameAggregate.class);
    }

    Configuration configuration() {
        return configuration;
    }

    /** Drops every stored event, snapshot and cached aggregate. */
    void empty() {
        storage.empty();
        cache.ifPresent(Cache::removeAll);
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
