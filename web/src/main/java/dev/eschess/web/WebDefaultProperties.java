package dev.eschess.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application with the web module gets, added with the lowest precedence so that an
 * application's own properties win: actuator endpoints on a management port of their own on loopback, Tomcat's
 * connection limits, no whitelabel page, OpenAPI paths, no stack traces, JSON bodies only (no multipart, nothing after
 * the JSON value).
 */
public class WebDefaultProperties implements EnvironmentPostProcessor {

    /** The name of the property source, visible in actuator's {@code env}. */
    public static final String SOURCE_NAME = "eschessWebDefaults";
    /** The management port's distance from the server port when none is set: 8080 -> 9080 (ADR 0054). */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    private static final int BOOT_DEFAULT_SERVER_PORT = 8080;
    private static final int HIGHEST_PORT = 65_535;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(Map.of(
                "management.endpoints.web.exposure.include", "health,info,metrics",
                "server.error.whitelabel.enabled", "false",
                "server.error.include-stacktrace", "never",
                "server.error.include-message", "never",
                "springdoc.api-docs.path", "/v3/api-docs",
                "springdoc.swagger-ui.path", "/swagger-ui.html",
                "spring.mvc.problemdetails.enabled", "false",
                // The API reads JSON only; parsing multipart bodies would bypass the body size limit and fail as 500s.
                "spring.servlet.multipart.enabled", "false",
                "spring.jackson.deserialization.fail-on-trailing-tokens", "true"));
        defaults.putAll(connectionLimits());
        defaults.putAll(managementServer(environment));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    /**
     * Tomcat's limits, set here rather than left to its defaults so that they can be read and argued with (ADR 0057).
     * Connections: up to 10,000 open at once (each costs a file descriptor and a few kilobytes; live streams are
     * further bounded per client and in total by the web module's stream quota, which answers one stream too many
     * with 503 and closes that connection), 100 more waiting in the accept queue. A connection must send its request
     * within 10 s, and an idle keep-alive connection is closed after 20 s, so idle sockets do not pile up. Request
     * threads: 200, the default, made explicit; live streams do not hold one (their writes run on virtual threads).
     * Request headers: 8 KiB at most; larger ones are refused before any code of ours runs (400 problem).
     */
    private static Map<String, Object> connectionLimits() {
        return Map.of(
                "server.tomcat.max-connections", "10000",
                "server.tomcat.accept-count", "100",
                "server.tomcat.connection-timeout", "10s",
                "server.tomcat.keep-alive-timeout", "20s",
                "server.tomcat.max-keep-alive-requests", "1000",
                "server.tomcat.threads.max", "200",
                "server.max-http-request-header-size", "8KB");
    }

    /**
     * Metrics and whatever else actuator serves besides health and info go to a port of their own, reachable from
     * this machine only. The port follows the server port, so that several instances on one machine, each with its
     * own {@code server.port}, never take each other's management port; a random server port gets a random one.
     */
    private static Map<String, Object> managementServer(ConfigurableEnvironment environment) {
        int serverPort = environment.getProperty("server.port", Integer.class, BOOT_DEFAULT_SERVER_PORT);
        Integer chosen = environment.getProperty("management.server.port", Integer.class);
        Map<String, Object> defaults = new HashMap<>();
        int managementPort;
        if (chosen != null) {
            managementPort = chosen;
        } else if (serverPort < 0) {
            // No embedded server at all: nothing to separate.
            return defaults;
        } else {
            managementPort = serverPort == 0 || serverPort + MANAGEMENT_PORT_OFFSET > HIGHEST_PORT
                    ? 0 : serverPort + MANAGEMENT_PORT_OFFSET;
            defaults.put("management.server.port", managementPort);
        }
        // Boot refuses a management address when actuator shares the server port; then this default must not be set.
        if (managementPort == 0 || managementPort > 0 && managementPort != serverPort) {
            defaults.put("management.server.address", "127.0.0.1");
        }
        return defaults;
    }
}
