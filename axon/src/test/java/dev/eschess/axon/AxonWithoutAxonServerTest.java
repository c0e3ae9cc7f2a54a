package dev.eschess.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.serialization.GameEventSerializer;
import dev.eschess.axon.support.H2AxonTest;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The application starts on Axon's JDBC storage with Jackson, and without Axon Server or XStream. */
@H2AxonTest
class AxonWithoutAxonServerTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    Serializer generalSerializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void eventsAndTokensLiveInOurOwnDatabaseThroughJdbc() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void everythingIsSerializedWithJackson() {
        assertThat(generalSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isInstanceOf(GameEventSerializer.class);
    }

    @Test
    void axonsUpdateCheckIsSwitchedOff(@Autowired UpdateCheckConfiguration updateCheck) {
        assertThat(updateCheck.getDisabled()).isTrue();
    }

    @Test
    void neitherTheAxonServerConnectorNorXStreamIsOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.axonframework.axonserver.connector.AxonServerConfiguration"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
