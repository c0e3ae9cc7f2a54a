package dev.eschess.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.Variant;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Swagger UI has a Content Security Policy of its own, looser than the game's: it must still be enough for the page
 * to draw every operation (a violation fails the test through {@link Browsers.Extension}).
 */
@ExtendWith({GameServers.Extension.class, Browsers.Extension.class})
class BrowserApiDocumentationIT {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenSwaggerUiWithItsOwnPolicy_whenItIsOpened_thenItShowsTheGameOperationsWithoutAViolation(
            Variant variant, GameServers servers, Browsers browsers) {
        Browser browser = browsers.open("swagger");

        browser.go(servers.of(variant).base().resolve("/swagger-ui.html"));

        browser.awaitText(".swagger-ui", "/api/games/{gameId}/moves");
        assertThat(browser.findAll(".opblock")).hasSizeGreaterThan(10);
        assertThat(browser.currentUrl()).contains("/swagger-ui/index.html");
    }
}
