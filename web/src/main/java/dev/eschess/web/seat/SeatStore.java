package dev.eschess.web.seat;

import dev.eschess.chess.Color;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code web_seats} table: which player id sits at which colour, and the SHA-256 of the seat's token.
 * Tokens themselves are never stored, logged or returned after the create or join response.
 */
public final class SeatStore {

    private final JdbcTemplate jdbc;

    public SeatStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a seat whose join or create event was just stored. */
    public void add(String gameId, Color color, String playerId, String token, Instant at) {
        jdbc.update("INSERT INTO web_seats (game_id, color, player_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                gameId, color.name(), playerId, PlayerTokens.hash(token), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /**
     * The seat the token opens in this game, if any. Every seat of the game is compared, always, in constant
     * time per comparison, so the answer's timing does not tell which part of a token was right.
     */
    public Optional<SeatedPlayer> authenticate(String gameId, String token) {
        String presented = PlayerTokens.hash(token);
        List<StoredSeat> seats = jdbc.query(
                "SELECT color, player_id, token_hash FROM web_seats WHERE game_id = ?",
                (rs, row) -> new StoredSeat(Color.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                gameId);
        Optional<SeatedPlayer> match = Optional.empty();
        for (StoredSeat seat : seats) {
            if (PlayerTokens.sameHash(presented, seat.tokenHash())) {
                match = Optional.of(new SeatedPlayer(gameId, seat.color(), seat.playerId()));
            }
        }
        return match;
    }

    private record StoredSeat(Color color, String playerId, String tokenHash) {
    }
}
