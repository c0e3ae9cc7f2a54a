package dev.eschess.benchmarks.append;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The event every contender stores: the size and metadata of a move in a game (about 150 bytes of JSON, a correlation,
 * causation and command id and an acting player), so that each insert maintains the same indexes a real append does.
 *
 * @param eventId    new for every event
 * @param commandId  new for every event, as one command per append
 * @param payload    the JSON document
 * @param occurredAt when
 */
record BenchmarkEvent(UUID eventId, String commandId, String payload, Instant occurredAt) {

    static final String TYPE = "MovePlayed";
    static final String ACTING_PLAYER = "player-" + UUID.nameUUIDFromBytes(new byte[] {1});

    /** A fresh event for {@code stream} at {@code version}. */
    static BenchmarkEvent next(String stream, long version) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String payload = "{\"gameId\":\"" + stream + "\",\"ply\":" + version + ",\"san\":\"Nf3\",\"uci\":\"g1f3\","
                + "\"fenAfter\":\"rnbqkbnr/pppppppp/8/8/8/5N2/PPPPPPPP/RNBQKB1R b KQkq - 1 1\",\"occurredAt\":\""
                + now + "\"}";
        return new BenchmarkEvent(UUID.randomUUID(), UUID.randomUUID().toString(), payload, now);
    }
}
