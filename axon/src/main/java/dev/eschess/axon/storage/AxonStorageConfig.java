package dev.eschess.axon.storage;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event storage engine and JDBC token store on our DataSource, with tables named in the database's
 * snake case and created by Flyway (ADR 0020). Axon builds the engine from these parts; the token store is ours
 * only for its owner name.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfig {

    /** The event and snapshot tables of {@code V1__event_store.sql}. */
    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("aggregate_type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** The token table of {@code V2__token_store.sql}. */
    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Axon's JDBC token store, as Axon's auto-configuration builds it, but with an owner name per application
     * context. Axon names the owner after the JVM ({@code pid@host}), so two contexts in one JVM would each take
     * the other's segment claims for their own and handle the same events twice (ADR 0027).
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID())
                .build();
    }

    /**
     * Axon's JDBC storage engine, built as its autoconfiguration builds it (declared here only because the event store
     * below is, and the autoconfiguration drops its engine as soon as an application defines its own event store),
     * except for the query of an aggregate's last sequence number: see {@link #newestSequenceNumber}.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver resolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema) {
        // tag::cmp-event-store[]
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(resolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .lastSequenceNumberFor(AxonStorageConfig::newestSequenceNumber)
                .build();
        // end::cmp-event-store[]
    }

    /**
     * The newest sequence number of one aggregate, read from the end of the (aggregate, sequence) unique index. Axon's
     * own statement, {@code SELECT max(sequence_number) ... WHERE aggregate_identifier = ?}, makes H2 walk every
     * entry of the aggregate. Our code asks it only after a lost race ({@code AxonGameCommands}); the caches read the
     * events after their own version instead (ADR 0053).
     */
    static PreparedStatement newestSequenceNumber(Connection connection, EventSchema schema, String aggregateIdentifier)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + schema.sequenceNumberColumn()
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.sequenceNumberColumn() + " DESC LIMIT 1");
        statement.setString(1, aggregateIdentifier);
        return statement;
    }

    // tag::cmp-ordering[]
    /**
     * Axon's event store as its autoconfiguration builds it, except that it looks for events stored by other
     * processes every {@code eschess.axon.event-store.fetch-delay} (100 ms) instead of every second: that is how the
     * live feed of this instance learns of other instances' moves, within the live-update budget of 500 ms
     * (ADR 0052). Events stored by this instance reach its processors at once either way.
     */
    @Bean
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${eschess.axon.event-store.fetch-delay:100ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }
    // end::cmp-ordering[]

    /**
     * Recognises a unique-key violation by its SQL state on every database; Axon's default JDBC resolver only knows
     * {@link java.sql.SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }
}
