package dev.eschess.web.lobby;

import dev.eschess.game.GameStatus;
import dev.eschess.web.view.PlayerView;
import dev.eschess.web.view.TimeControlView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the lobby: games newest change first, optionally of one status. */
public final class LobbyQuery {

    private static final String COLUMNS = "game_id, status, white_name, black_name, move_count, result, end_reason, "
            + "game_version, created_at, last_change_at, clock_limit, clock_increment, white_player_id, "
            + "black_player_id";

    private final JdbcTemplate jdbc;

    public LobbyQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} games, the most recently changed first. */
    public List<LobbyEntry> games(Optional<GameStatus> status, int limit) {
        return status.map(wanted -> jdbc.query("SELECT " + COLUMNS + " FROM web_lobby_games WHERE status = ? "
                        + "ORDER BY last_change_at DESC, game_id FETCH FIRST ? ROWS ONLY",
                        LobbyQuery::entry, wanted.wireName(), limit))
                .orElseGet(() -> jdbc.query("SELECT " + COLUMNS + " FROM web_lobby_games "
                        + "ORDER BY last_change_at DESC, game_id FETCH FIRST ? ROWS ONLY",
                        LobbyQuery::entry, limit));
    }

    private static LobbyEntry entry(ResultSet rs, int row) throws SQLException {
        return new LobbyEntry(rs.getString("game_id"), rs.getString("status"),
                player(rs.getString("white_player_id"), rs.getString("white_name")),
                player(rs.getString("black_player_id"), rs.getString("black_name")), rs.getInt("move_count"), rs.getString("result"),
                rs.getString("end_reason"), rs.getLong("game_version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
                rs.getObject("last_change_at", OffsetDateTime.class).toInstant().toString(),
                timeControl(rs));
    }

    private static TimeControlView timeControl(ResultSet rs) throws SQLException {
        int limit = rs.getInt("clock_limit");
        return rs.wasNull() ? null : new TimeControlView(limit, rs.getInt("clock_increment"));
    }

    /** The seat's player; a row projected before player ids were kept has none and shows a person. */
    private static PlayerView player(String playerId, String name) {
        return name == null ? null : PlayerView.of(playerId == null ? "" : playerId, name);
    }
}
