package dev.eschess.web.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.web.contract.ApiClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One property, springdoc's own {@code springdoc.api-docs.enabled=false}, takes the OpenAPI document and UI off. */
@SpringBootTest(classes = TestGameServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web-api-docs-off;DB_CLOSE_DELAY=-1",
                "spring.flyway.enabled=false",
                "server.tomcat.basedir=target/tomcat",
                "spring.main.banner-mode=off",
                "springdoc.api-docs.enabled=false"
        })
class ApiDocumentsSwitchedOffTest {

    @LocalServerPort
    private int port;

    @Test
    void withApiDocsDisabledNeitherTheOpenApiDocumentNorSwaggerUiIsServedButTheApiIs() {
        ApiClient api = new ApiClient(URI.create("http://localhost:" + port + "/"));

        assertThat(api.get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.get("/swagger-ui.html").status()).isEqualTo(404);
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(api.get("/api/info").status()).isEqualTo(200);
    }
}
