package dev.eschess.web.seat;

import dev.eschess.chess.Color;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code web_seats} table: which player id sits at which colour, and the SHA-256 of the seat's token.
 * Tokens themselves are never stored, logged or returned after the create or join response.
 */
public final class SeatStore {

    /** Games whose two seats are kept in memory; a full game's seats never change, so nothing goes stale. */
    private static final int FULL_GAMES_KEPT = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, List<StoredSeat>> fullGames = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<StoredSeat>> eldest) {
                    return size() > FULL_GAMES_KEPT;
                }
            });

    public SeatStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a seat on the connection of the transaction that appends its create or join event, so that the seat
     * and the event commit together or not at all (ADR 0060). The connection stays open and uncommitted.
     */
    public void add(Connection connection, String gameId, Color color, String playerId, String token, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO web_seats (game_id, color, player_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, gameId);
            insert.setString(2, color.name());
            insert.setString(3, playerId);
            insert.setString(4, PlayerTokens.hash(token));
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /**
     * The seat the token opens in this game, if any. Every seat of the game is compared, always, in constant
     * time per comparison, so the answer's timing does not tell which part of a token was right.
     */
    public Optional<SeatedPlayer> authenticate(String gameId, String token) {
        String presented = PlayerTokens.hash(token);
        List<StoredSeat> seats = seats(gameId);
        Optional<SeatedPlayer> match = Optional.empty();
        for (StoredSeat seat : seats) {
            if (PlayerTokens.sameHash(presented, seat.tokenHash())) {
                match = Optional.of(new SeatedPlayer(gameId, seat.color(), seat.playerId()));
            }
        }
        return match;
    }

    /** The game's seats: from memory once both are taken, else from the table (a join may come any moment). */
    private List<StoredSeat> seats(String gameId) {
        List<StoredSeat> kept = fullGames.get(gameId);
        if (kept != null) {
            return kept;
        }
        List<StoredSeat> seats = jdbc.query(
                "SELECT color, player_id, token_hash FROM web_seats WHERE game_id = ?",
                (rs, row) -> new StoredSeat(Color.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                gameId);
        if (seats.size() == Color.values().length) {
            fullGames.put(gameId, List.copyOf(seats));
        }
        return seats;
    }

    private record StoredSeat(Color color, String playerId, String tokenHash) {
    }
}
