package dev.eschess.axon.app;

import dev.eschess.axon.support.H2Database;
import dev.eschess.web.contract.GameApiContract;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP contract of issue 6 against the Axon application over real HTTP, on an H2 file under {@code target/}. */
@SpringBootTest(classes = AxonGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat"})
class H2AxonContractTest extends GameApiContract {

    private static final String URL = H2Database.fileUrl("contract-" + UUID.randomUUID());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    /**
     * The contract's own restart passes the test's properties as {@code SpringApplicationBuilder.properties}, which
     * are defaults and lose to {@code application.yml}'s database; command-line arguments win over it.
     */
    @Override
    protected ConfigurableApplicationContext startInstance() {
        return new SpringApplicationBuilder(AxonGameServer.class)
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + URL);
    }
}
