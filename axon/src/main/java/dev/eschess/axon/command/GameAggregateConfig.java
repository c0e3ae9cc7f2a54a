package dev.eschess.axon.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parts {@link GameAggregate} needs from Spring: routing, snapshotting and the missing-game translation. */
@Configuration(proxyBeanMethods = false)
public class GameAggregateConfig {

    /** Routes every {@code GameCommand} by its game id; picked up by Axon for all aggregates. */
    @Bean
    public CommandTargetResolver gameCommandTargetResolver() {
        return new GameCommandTargetResolver();
    }

    /** A snapshot after every {@code eschess.axon.snapshot-every} events of a game (ADR 0025). */
    @Bean
    public SnapshotTriggerDefinition gameSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${eschess.axon.snapshot-every:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Ignores snapshots written in another form than {@link GameAggregate#SNAPSHOT_REVISION}. */
    @Bean
    public SnapshotFilter gameSnapshotFilter() {
        return RevisionSnapshotFilter.builder()
                .type(GameAggregate.TYPE)
                .revision(GameAggregate.SNAPSHOT_REVISION)
                .build();
    }

    /** Registers the translation of Axon's missing aggregate into the decider's "game not found". */
    @Autowired
    public void translateMissingGames(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new MissingGameTranslation());
    }
}
