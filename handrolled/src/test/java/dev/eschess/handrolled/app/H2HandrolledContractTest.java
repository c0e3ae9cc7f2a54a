package dev.eschess.handrolled.app;

import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.web.contract.GameApiContract;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP contract of issue 6 against the hand-rolled game server over real HTTP, on an H2 file under target/. */
@SpringBootTest(classes = HandrolledGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat", "eschess.handrolled.lobby.poll-interval=50ms"})
class H2HandrolledContractTest extends GameApiContract {

    private static final String URL = H2Databases.newFileUrl("contract") + ";DB_CLOSE_ON_EXIT=FALSE";

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
        return new SpringApplicationBuilder(HandrolledGameServer.class)
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + URL);
    }
}
