package dev.eschess.axon.support;

import dev.eschess.axon.app.AxonGameServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The Axon application on the shared embedded PostgreSQL; every class with this annotation shares one context. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(GameStates.class)
@SpringBootTest(classes = AxonGameServer.class, properties = TestSettings.SNAPSHOT_EVERY)
@ContextConfiguration(initializers = PostgresDatabase.class)
@ActiveProfiles("postgres")
public @interface PostgresAxonTest {
}
