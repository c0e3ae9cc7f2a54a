package dev.eschess.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.eschess.game.GameDecider;
import dev.eschess.web.api.BodySizeLimitFilter;
import dev.eschess.web.api.GameCommandService;
import dev.eschess.web.api.GamesController;
import dev.eschess.web.api.InfoController;
import dev.eschess.web.api.LobbyController;
import dev.eschess.web.api.ProblemAdvice;
import dev.eschess.web.api.ProblemErrorController;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.lobby.LobbyQuery;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.schema.WebSchema;
import dev.eschess.web.seat.PlayerTokens;
import dev.eschess.web.seat.SeatStore;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.PgnExport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
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

    @Bean
    WebSchema webSchema(DataSource dataSource) {
        return new WebSchema(dataSource);
    }

    @Bean
    GameRenderer gameRenderer() {
        return new GameRenderer();
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
                            @Value("${eschess.web.sse.timeout:30m}") Duration timeout) {
        GameStreams streams = new GameStreams(engine, renderer, heartbeat, timeout);
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
                                          GameRenderer renderer, GameStreams streams, Clock clock) {
        return new GameCommandService(engine, seats, tokens, renderer, streams, clock);
    }

    @Bean
    GamesController gamesController(GameCommandService commands, GameEngine engine, GameRenderer renderer,
                                    PgnExport pgn, GameStreams streams) {
        return new GamesController(commands, engine, renderer, pgn, streams);
    }

    @Bean
    LobbyController lobbyController(LobbyQuery lobby) {
        return new LobbyController(lobby);
    }

    @Bean
    InfoController infoController(GameEngine engine) {
        return new InfoController(engine, projectVersion());
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
