package dev.eschess.handrolled.app;

import dev.eschess.handrolled.support.SharedPostgres;
import dev.eschess.web.contract.GameApiContract;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP contract of issue 6 against the hand-rolled game server over real HTTP, on the embedded PostgreSQL 17. */
@SpringBootTest(classes = HandrolledGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat", "eschess.handrolled.lobby.poll-interval=50ms"})
@ActiveProfiles("postgres")
class PostgresHandrolledContractTest extends GameApiContract {

    private static String url;

    private static synchronized String url() {
        if (url == null) {
            url = SharedPostgres.newDatabaseUrl("handrolled_contract");
        }
        return url;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresHandrolledContractTest::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * The contract's own restart passes the test's properties as {@code SpringApplicationBuilder.properties}, which
     * are defaults and lose to {@code application-postgres.yml}'s database; command-line arguments win over it.
     */
    @Override
    protected ConfigurableApplicationContext startInstance() {
        return new SpringApplicationBuilder(HandrolledGameServer.class)
                .profiles("postgres")
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }
}
