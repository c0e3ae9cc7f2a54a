package dev.eschess.axon;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Axon variant of the chess server as a Spring Boot application: Axon aggregates over the shared decider, with
 * events, snapshots and tracking tokens in our own database (no Axon Server). The web module adds the HTTP layer.
 */
@SpringBootApplication
public class AxonGameApplication {
}
