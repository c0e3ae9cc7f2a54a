package dev.eschess.axon.projection;

import dev.eschess.chess.Color;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code game_summary} table. Every write names the version it brings a row to and is ignored if the row is
 * already there, so handling an event twice (after a crash between write and token update) changes nothing.
 */
@Repository
public class GameSummaries {

    private final JdbcClient jdbc;

    public GameSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The summary of one game. */
    public Optional<GameSummary> find(String gameId) {
        return jdbc.sql("SELECT * FROM game_summary WHERE game_id = :id").param("id", gameId)
                .query(GameSummaries::read).optional();
    }

    /** Up to {@code limit} games, optionally of one status, the most recently changed first. */
    public List<GameSummary> list(Optional<String> status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM game_summary
                        WHERE (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
                        ORDER BY last_change DESC, game_id
                        LIMIT :limit""")
                .param("status", status.orElse(null))
                .param("limit", limit)
                .query(GameSummaries::read).list();
    }

    void insertCreated(String gameId, Optional<String> whiteName, Optional<String> blackName, Instant at) {
        jdbc.sql("""
                        INSERT INTO game_summary (game_id, status, white_name, black_name, move_count, version, last_change)
                        SELECT :id, 'waiting', :white, :black, 0, 1, :at
                        WHERE NOT EXISTS (SELECT 1 FROM game_summary WHERE game_id = :id)""")
                .param("id", gameId)
                .param("white", whiteName.orElse(null))
                .param("black", blackName.orElse(null))
                .param("at", time(at))
                .update();
    }

    void joined(String gameId, Color color, String name, long version, Instant at) {
        String sql = switch (color) {
            case WHITE -> "UPDATE game_summary SET white_name = :name, status = 'active', ";
            case BLACK -> "UPDATE game_summary SET black_name = :name, status = 'active', ";
        };
        jdbc.sql(sql + "version = :version, last_change = :at WHERE game_id = :id AND version < :version")
                .param("name", name).param("version", version).param("at", time(at)).param("id", gameId)
                .update();
    }

    void moved(String gameId, int ply, long version, Instant at) {
        jdbc.sql("""
                        UPDATE game_summary SET move_count = :ply, version = :version, last_change = :at
                        WHERE game_id = :id AND version < :version""")
                .param("ply", ply).param("version", version).param("at", time(at)).param("id", gameId)
                .update();
    }

    void touched(String gameId, long version, Instant at) {
        jdbc.sql("UPDATE game_summary SET version = :version, last_change = :at WHERE game_id = :id AND version < :version")
                .param("version", version).param("at", time(at)).param("id", gameId)
                .update();
    }

    void ended(String gameId, String result, String reason, long version, Instant at) {
        jdbc.sql("""
                        UPDATE game_summary SET status = 'finished', result = :result, reason = :reason,
                               version = :version, last_change = :at
                        WHERE game_id = :id AND version < :version""")
                .param("result", result).param("reason", reason).param("version", version).param("at", time(at))
                .param("id", gameId)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM game_summary").update();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static GameSummary read(ResultSet row, int number) throws SQLException {
        return new GameSummary(
                row.getString("game_id"),
                row.getString("status"),
                Optional.ofNullable(row.getString("white_name")),
                Optional.ofNullable(row.getString("black_name")),
                row.getInt("move_count"),
                Optional.ofNullable(row.getString("result")),
                Optional.ofNullable(row.getString("reason")),
                row.getLong("version"),
                row.getObject("last_change", OffsetDateTime.class).toInstant());
    }
}
