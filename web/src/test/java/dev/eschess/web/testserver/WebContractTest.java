package dev.eschess.web.testserver;

import dev.eschess.web.contract.GameApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract suite on web's own small test engine, H2 in memory; each variant runs the same suite on its app. */
// tag::contract-test[]
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-contract;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off"
        })
class WebContractTest extends GameApiContract {
}
// end::contract-test[]
