package dev.eschess.web.api;

import dev.eschess.web.port.EngineDescription;
import dev.eschess.web.port.GameEngine;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/info}: which variant serves this API, on which event store, in which version. */
@RestController
public class InfoController {

    /**
     * The answer.
     *
     * @param variant    {@code handrolled} or {@code axon}
     * @param eventStore {@code h2}, {@code postgresql}, ...
     * @param version    the project version
     */
    public record Info(String variant, String eventStore, String version) {
    }

    private final GameEngine engine;
    private final String version;

    public InfoController(GameEngine engine, String version) {
        this.engine = engine;
        this.version = version;
    }

    @GetMapping(path = "/api/info", produces = MediaType.APPLICATION_JSON_VALUE)
    Info info() {
        EngineDescription description = engine.describe();
        return new Info(description.variant(), description.eventStore(), version);
    }
}
