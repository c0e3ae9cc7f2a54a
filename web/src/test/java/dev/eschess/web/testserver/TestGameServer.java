package dev.eschess.web.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.game.GameDecider;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.GameEngine;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A game server for web's own tests: the web module's auto-configuration plus {@link JdbcTestGameEngine}, which
 * is all a variant's application has to provide as well.
 */
@SpringBootApplication
public class TestGameServer {

    @Bean
    GameEngine gameEngine(DataSource dataSource, ObjectMapper json, GameDecider decider,
                          ObjectProvider<LobbyProjection> lobby) {
        return new JdbcTestGameEngine(new JdbcTemplate(dataSource), json, decider, lobby);
    }

    public static void main(String[] args) {
        SpringApplication.run(TestGameServer.class, args);
    }
}
