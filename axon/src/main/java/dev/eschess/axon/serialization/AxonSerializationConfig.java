package dev.eschess.axon.serialization;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

/**
 * Jackson for everything Axon stores (ADR 0024). Events get stable type names and schema versions; the general
 * serializer (snapshots, tokens, messages) keeps Axon's class-name types and {@code @Revision}s. XStream is not
 * even on the class path.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerializationConfig {

    /** Snapshots, tracking tokens and messages. */
    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(AxonObjectMappers.create()).build();
    }

    // tag::cmp-upcasting[]
    /** Old stored forms of events, read as today's; Axon puts every upcaster bean in its chain, in this order. */
    @Bean
    @Order(1)
    public EventUpcaster gameCreatedV1Upcaster() {
        return new GameCreatedV1Upcaster();
    }

    /** {@code GameCreated} v2 to v3, after v1 to v2. */
    @Bean
    @Order(2)
    public EventUpcaster gameCreatedV2Upcaster() {
        return new GameCreatedV2Upcaster();
    }
    // end::cmp-upcasting[]

    /** Event payloads and metadata in the event table. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return GameEventSerializer.using(AxonObjectMappers.create());
    }
}
