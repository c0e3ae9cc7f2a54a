package dev.eschess.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.eschess.game.GameDecider;
import dev.eschess.web.api.BodySizeLimitFilter;
import dev.eschess.web.api.ClientRateLimit;
import dev.eschess.web.api.ComputerGameQuota;
import dev.eschess.web.api.GameCommandService;
import dev.eschess.web.api.GamesController;
import dev.eschess.web.api.InfoController;
import dev.eschess.web.api.LobbyController;
import dev.eschess.web.api.ProblemAdvice;
import dev.eschess.web.api.ProblemErrorController;
import dev.eschess.web.api.ProblemErrorReportValve;
import dev.eschess.web.api.SecurityHeadersFilter;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.live.StreamQuota;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.lobby.LobbyQuery;
import dev.eschess.web.management.ServerPortProbes;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.schema.SchemaOwner;
import dev.eschess.web.schema.SchemaOwnershipGuard;
import dev.eschess.web.schema.WebSchema;
import dev.eschess.web.seat.PlayerTokens;
import dev.eschess.web.seat.SeatStore;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.PgnExport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything of the HTTP API except the {@link GameEngine}: an application that has this module on its class
 * path and defines one {@code GameEngine} bean (and a {@code DataSource}) serves the whole API (ADR 0030).
 * Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; it
 * runs before Boot's error handling so that its problem error controller replaces Boot's.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
public class WebAutoConfiguration {

    /** Request bodies above this many bytes are answered with 413. */
    public static final long MAX_BODY_BYTES = 16 * 1024;

    @Bean
    @ConditionalOnMissingBean
    GameDecider gameDecider() {
        return new GameDecider();
    }

    /**
     * Request bodies keep their JSON types: a number or boolean where the API expects text is a wrong type (400),
     * not a string Jackson makes up. Only the application's HTTP mapper has this; the variants store events with
     * mappers of their own.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTextFields() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Static: a post-processor, created before the other beans of this class (ADR 0055). */
    @Bean
    static SchemaOwnershipGuard schemaOwnershipGuard(ObjectProvider<SchemaOwner> owner) {
        return new SchemaOwnershipGuard(owner);
    }

    @Bean
    WebSchema webSchema(DataSource dataSource) {
        return new WebSchema(dataSource);
    }

    @Bean
    GameRenderer gameRenderer(Clock clock) {
        return new GameRenderer(clock);
    }

    @Bean
    PgnExport pgnExport() {
        return new PgnExport();
    }

    @Bean
    PlayerTokens playerTokens() {
        return new PlayerTokens();
    }

    @Bean
    SeatStore seatStore(DataSource dataSource, WebSchema schema) {
        return new SeatStore(new JdbcTemplate(dataSource));
    }

    @Bean(destroyMethod = "close")
    GameStreams gameStreams(GameEngine engine, GameRenderer renderer, ObjectProvider<MeterRegistry> meters,
                            @Value("${eschess.web.sse.heartbeat:15s}") Duration heartbeat,
                            @Value("${eschess.web.sse.timeout:10m}") Duration timeout,
                            @Value("${eschess.web.sse.write-timeout:30s}") Duration writeTimeout,
                            @Value("${eschess.web.sse.max-per-client:16}") int maxPerClient,
                            @Value("${eschess.web.sse.max-total:2000}") int maxTotal,
                            @Value("${eschess.web.sse.retry-after:30s}") Duration retryAfter) {
        GameStreams streams = new GameStreams(engine, renderer, heartbeat, timeout, writeTimeout,
                new StreamQuota(maxPerClient, maxTotal, retryAfter));
        meters.ifAvailable(registry -> Gauge.builder("eschess.sse.open-streams", streams, GameStreams::openStreams)
                .description("open live game streams (SSE), over all games").register(registry));
        return streams;
    }

    @Bean
    LobbyProjection lobbyProjection(DataSource dataSource, WebSchema schema, GameStreams streams) {
        return new LobbyProjection(new JdbcTemplate(dataSource), streams);
    }

    @Bean
    LobbyQuery lobbyQuery(DataSource dataSource, WebSchema schema) {
        return new LobbyQuery(new JdbcTemplate(dataSource));
    }

    @Bean
    GameCommandService gameCommandService(GameEngine engine, SeatStore seats, PlayerTokens tokens,
                                          GameRenderer renderer, GameStreams streams,
                                          ComputerGameQuota computerGameQuota, Clock clock) {
        return new GameCommandService(engine, seats, tokens, renderer, streams, computerGameQuota, clock);
    }

    /**
     * Unfinished games against the computer per client address: each computer move takes one of a few thinking
     * threads, and one client must not keep them all busy. A person plays one or two at a time.
     */
    @Bean
    ComputerGameQuota computerGameQuota(GameEngine engine,
                                        @Value("${eschess.web.computer-games-per-client:4}") int perClient) {
        return new ComputerGameQuota(perClient, engine);
    }

    /** Creating and joining games, per client address: a burst, then a steady rate (ADR 0059). */
    @Bean
    ClientRateLimit creationRateLimit(@Value("${eschess.web.rate-limit.creations.burst:30}") int burst,
                                      @Value("${eschess.web.rate-limit.creations.per-minute:30}") int perMinute) {
        return new ClientRateLimit(burst, perMinute);
    }

    @Bean
    GamesController gamesController(GameCommandService commands, GameEngine engine, GameRenderer renderer,
                                    PgnExport pgn, GameStreams streams, ClientRateLimit creationRateLimit) {
        return new GamesController(commands, engine, renderer, pgn, streams, creationRateLimit);
    }

    @Bean
    LobbyController lobbyController(LobbyQuery lobby) {
        return new LobbyController(lobby);
    }

    @Bean
    InfoController infoController(GameEngine engine) {
        return new InfoController(engine, projectVersion());
    }

    /** Only when actuator has a port of its own; on a shared port actuator serves these paths itself (ADR 0054). */
    @Bean
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    ServerPortProbes serverPortProbes(ObjectProvider<HealthEndpointWebExtension> health,
                                      ObjectProvider<InfoEndpoint> info) {
        return new ServerPortProbes(health, info);
    }

    @Bean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(MAX_BODY_BYTES, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Comes first, so that every answer carries the headers, including the body size limit's 413. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** What Tomcat refuses before the application sees a request is answered with a problem too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatProblems {

        /**
         * Replaces the host's error report valve, both the one Boot adds (it hides stack traces) and the one Tomcat
         * would add when the host starts without a valve of its configured class. Context customizers run in the
         * order they were added, and Boot's own customizer is added before this one.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }
    }

    private static String projectVersion() {
        try (InputStream in = WebAutoConfiguration.class.getResourceAsStream("/eschess-web-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("eschess.web.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
