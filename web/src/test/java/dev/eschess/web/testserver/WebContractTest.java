package dev.eschess.web.testserver;

import dev.eschess.web.contract.GameApiContract;
import org.springframework.boot.test.context.SpringBootTest;

/** Proves the contract suite on web's own small test engine, H2 in memory, until the variants extend it too. */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-contract;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off"
        })
class WebContractTest extends GameApiContract {
}
