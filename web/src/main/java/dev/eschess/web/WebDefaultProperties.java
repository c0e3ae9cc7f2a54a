package dev.eschess.web;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application with the web module gets, added with the lowest precedence so that an
 * application's own properties win: actuator endpoints, no whitelabel page, OpenAPI paths, no stack traces, JSON
 * bodies only (no multipart, nothing after the JSON value).
 */
public class WebDefaultProperties implements EnvironmentPostProcessor {

    /** The name of the property source, visible in actuator's {@code env}. */
    public static final String SOURCE_NAME = "eschessWebDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                "management.endpoints.web.exposure.include", "health,info,metrics",
                "server.error.whitelabel.enabled", "false",
                "server.error.include-stacktrace", "never",
                "server.error.include-message", "never",
                "springdoc.api-docs.path", "/v3/api-docs",
                "springdoc.swagger-ui.path", "/swagger-ui.html",
                "spring.mvc.problemdetails.enabled", "false",
                // The API reads JSON only; parsing multipart bodies would bypass the body size limit and fail as 500s.
                "spring.servlet.multipart.enabled", "false",
                "spring.jackson.deserialization.fail-on-trailing-tokens", "true")));
    }
}
