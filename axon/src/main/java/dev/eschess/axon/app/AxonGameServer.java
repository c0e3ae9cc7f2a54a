package dev.eschess.axon.app;

import dev.eschess.axon.computer.ComputerOpponentProcess;
import dev.eschess.axon.projection.LiveFeed;
import dev.eschess.axon.projection.LobbyFeed;
import dev.eschess.axon.projection.ProjectionReplay;
import dev.eschess.web.schema.SchemaOwner;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The Axon variant of the chess server as a Spring Boot application: Axon aggregates over the shared decider, with
 * events, snapshots and tracking tokens in our own database (no Axon Server), serving the web module's HTTP API.
 */
// The application class sits in `app` like the hand-rolled one; its beans live in the sibling packages.
@SpringBootApplication(scanBasePackages = "dev.eschess.axon")
public class AxonGameServer {

    /**
     * Marks a new database as the Axon server's, and refuses one marked for another server, before Flyway or web
     * migrate anything; Axon's event table tells an older database of this server from the hand-rolled one's
     * (ADR 0055).
     */
    @Bean
    static SchemaOwner schemaOwner() {
        return new SchemaOwner(AxonGameEngine.VARIANT, "domain_event_entry");
    }

    /**
     * With {@code --eschess.lobby.rebuild=true} the lobby's processor is reset and replays every event into an
     * emptied lobby on start, as after a change of its read model; the same switch exists on the hand-rolled server.
     */
    @Bean
    ApplicationRunner lobbyRebuild(ProjectionReplay replay, @Value("${eschess.lobby.rebuild:false}") boolean rebuild) {
        return arguments -> {
            if (rebuild) {
                replay.replay(LobbyFeed.PROCESSING_GROUP);
                LoggerFactory.getLogger(AxonGameServer.class).info("lobby replay started from the first event");
            }
        };
    }

    /** Registers the per-instance processor of the live feed. */
    @Autowired
    void liveFeedProcessor(EventProcessingConfigurer processing) {
        LiveFeed.register(processing);
    }

    /**
     * Registers the computer's process manager on {@code eschess.computer.threads} workers: how many games the
     * computer thinks about at once; more turns wait (ADR 0067).
     */
    @Autowired
    void computerOpponentProcessor(EventProcessingConfigurer processing,
                                   @Value("${eschess.computer.threads:2}") int threads) {
        ComputerOpponentProcess.register(processing, threads);
    }

    /** Starts the game server (by default on port 8080 with an H2 file under {@code ./data/axon/}). */
    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(AxonGameServer.class, args);
        // Axon's handler-timeout janitor is a static, non-daemon thread (ADR 0029): once the server's context is
        // closed (SIGTERM, SpringApplication.exit), nothing else would ever stop it and the JVM would stay up.
        // Only here, in the process's own main: tests run several contexts in one JVM and share that thread.
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> {
            if (closed.getApplicationContext() == context) {
                AxonTaskJanitor.INSTANCE.shutdownNow();
            }
        });
    }
}
