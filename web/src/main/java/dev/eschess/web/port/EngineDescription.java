package dev.eschess.web.port;

import java.util.Objects;

/**
 * What an engine says about itself in {@code GET /api/info}.
 *
 * @param variant    {@code handrolled} or {@code axon}
 * @param eventStore where events live, such as {@code h2}, {@code postgresql} or {@code memory}
 */
public record EngineDescription(String variant, String eventStore) {

    public EngineDescription {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(eventStore, "eventStore");
    }
}
