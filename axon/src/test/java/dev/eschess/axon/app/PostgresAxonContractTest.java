package dev.eschess.axon.app;

import dev.eschess.axon.support.SharedPostgres;
import dev.eschess.web.contract.GameApiContract;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP contract of issue 6 against the Axon application over real HTTP, on the embedded PostgreSQL 17. */
@SpringBootTest(classes = AxonGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat"})
@ActiveProfiles("postgres")
class PostgresAxonContractTest extends GameApiContract {

    private static final String DATABASE = "axon_contract";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * The contract's own restart passes the test's properties as {@code SpringApplicationBuilder.properties}, which
     * are defaults and lose to {@code application.yml}'s database; command-line arguments win over it.
     */
    @Override
    protected ConfigurableApplicationContext startInstance() {
        return new SpringApplicationBuilder(AxonGameServer.class)
                .profiles("postgres")
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                        "--spring.datasource.url=" + SharedPostgres.jdbcUrl(DATABASE),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }
}
