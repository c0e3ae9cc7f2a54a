package dev.eschess.handrolled.core.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.handrolled.core.serialization.JsonMappers;
import java.util.Objects;
import java.util.function.Function;

/**
 * A state codec that converts the state to a plain-values record and lets Jackson write that record.
 *
 * @param <S> the state type
 * @param <P> the plain-values record stored as JSON
 */
public final class JacksonStateCodec<S, P> implements StateCodec<S> {

    private final int schemaVersion;
    private final Class<P> plainType;
    private final Function<S, P> toPlain;
    private final Function<P, S> fromPlain;
    private final ObjectMapper mapper = JsonMappers.forStorage();

    /**
     * A codec.
     *
     * @param schemaVersion the version of the plain record's shape
     * @param plainType     the plain record's class
     * @param toPlain       state to plain record
     * @param fromPlain     plain record to state
     */
    public JacksonStateCodec(int schemaVersion, Class<P> plainType, Function<S, P> toPlain, Function<P, S> fromPlain) {
        this.schemaVersion = schemaVersion;
        this.plainType = Objects.requireNonNull(plainType, "plainType");
        this.toPlain = Objects.requireNonNull(toPlain, "toPlain");
        this.fromPlain = Objects.requireNonNull(fromPlain, "fromPlain");
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public String write(S state) {
        try {
            return mapper.writeValueAsString(toPlain.apply(state));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the state as JSON", e);
        }
    }

    @Override
    public S read(String json) {
        try {
            return fromPlain.apply(mapper.readValue(json, plainType));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read a snapshot of schema version " + schemaVersion, e);
        }
    }
}
