package dev.eschess.handrolled.serialization;

import dev.eschess.game.GameSnapshot;
import dev.eschess.game.GameState;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.serialization.UpcasterChain;
import dev.eschess.handrolled.core.snapshot.JacksonStateCodec;
import dev.eschess.handrolled.core.snapshot.StateCodec;
import java.util.List;

/** The serializers of the chess game: events with their upcasters, and game state as {@link GameSnapshot}. */
public final class GameSerialization {

    private GameSerialization() {
    }

    // tag::cmp-upcasting[]
    /** Every upcaster of a chess event. */
    public static UpcasterChain upcasters() {
        return new UpcasterChain(List.of(new GameCreatedV1Upcaster(), new GameCreatedV2Upcaster()));
    }
    // end::cmp-upcasting[]

    /** The event serializer. */
    public static EventSerializer<GameEvent> events() {
        return new EventSerializer<>(GameEventTypes.registry(), upcasters(), GameEvent::occurredAt);
    }

    /** The snapshot codec, versioned by {@link GameSnapshot#SCHEMA_VERSION}. */
    public static StateCodec<GameState> snapshots() {
        return new JacksonStateCodec<>(GameSnapshot.SCHEMA_VERSION, GameSnapshot.class, GameState::toSnapshot,
                GameState::fromSnapshot);
    }
}
