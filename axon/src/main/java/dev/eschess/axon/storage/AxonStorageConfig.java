package dev.eschess.axon.storage;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
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
     * Recognises a unique-key violation by its SQL state on every database; Axon's default JDBC resolver only knows
     * {@link java.sql.SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }
}
