package dev.eschess.handrolled.core.subscription;

import dev.eschess.chess.Color;
import dev.eschess.game.GameStatus;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.eventstore.jdbc.EventStoreException;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A sample read model for the subscription tests: game summaries ({@code game_summaries}), one row per game, kept
 * in step with the log by a {@link SubscriptionRunner} on plain JDBC. Needs the (test) migrations at
 * {@link #LOCATION}. The game server's own projection of this kind is the lobby feed.
 */
public final class GameSummaryProjection extends JdbcProjection {

    /** The Flyway location of this read model's table. */
    public static final String LOCATION = "classpath:db/handrolled/game-summaries";

    private final DataSource dataSource;
    private final EventSerializer<GameEvent> serializer;

    /** The projection on the migrated data source. */
    public GameSummaryProjection(DataSource dataSource, EventSerializer<GameEvent> serializer) {
        super(dataSource, "game-summaries");
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    @Override
    protected void handle(Connection connection, StoredEvent stored) throws SQLException {
        if (!GameStreamNames.isGameStream(stored.streamId())) {
            return;
        }
        GameEvent event = serializer.deserialize(stored);
        OffsetDateTime at = OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        switch (event) {
            case GameCreated created -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO game_summaries (game_id, status, white_name, black_name, move_count, result,
                            reason, created_at, last_change, last_position)
                        VALUES (?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?)""")) {
                    insert.setString(1, created.gameId());
                    insert.setString(2, GameStatus.WAITING.wireName());
                    insert.setString(3, created.creatorColor() == Color.WHITE ? created.creatorName() : null);
                    insert.setString(4, created.creatorColor() == Color.BLACK ? created.creatorName() : null);
                    insert.setObject(5, at);
                    insert.setObject(6, at);
                    insert.setLong(7, stored.position());
                    insert.executeUpdate();
                }
            }
            case PlayerJoined joined -> update(connection, "status = ?, "
                            + (joined.color() == Color.WHITE ? "white_name" : "black_name") + " = ?",
                    stored, at, GameStatus.ACTIVE.wireName(), joined.playerName());
            case MovePlayed moved -> update(connection, "move_count = move_count + 1", stored, at);
            case GameEnded ended -> update(connection, "status = ?, result = ?, reason = ?", stored, at,
                    GameStatus.FINISHED.wireName(), ended.result().wireName(), ended.reason().wireName());
            case DrawOffered offered -> update(connection, "last_change = last_change", stored, at);
            case DrawOfferDeclined declined -> update(connection, "last_change = last_change", stored, at);
            case DrawOfferLapsed lapsed -> update(connection, "last_change = last_change", stored, at);
        }
    }

    private static void update(Connection connection, String assignments, StoredEvent stored, OffsetDateTime at,
                               String... values) throws SQLException {
        // The assignments are fixed text chosen above; every value is a parameter.
        try (PreparedStatement update = connection.prepareStatement("UPDATE game_summaries SET " + assignments
                + ", last_change = ?, last_position = ? WHERE game_id = ?")) {
            int index = 1;
            for (String value : values) {
                update.setString(index++, value);
            }
            update.setObject(index++, at);
            update.setLong(index++, stored.position());
            update.setString(index, stored.streamId().substring(GameStreamNames.streamId("").length()));
            update.executeUpdate();
        }
    }

    @Override
    protected void clear(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM game_summaries")) {
            delete.executeUpdate();
        }
    }

    /** The games with this status, newest change first, at most {@code limit}. */
    public List<GameSummary> list(String status, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT game_id, status, white_name, black_name, move_count, result, reason, created_at,
                            last_change
                     FROM game_summaries WHERE status = ? ORDER BY last_change DESC, last_position DESC LIMIT ?""")) {
            select.setString(1, status);
            select.setInt(2, limit);
            return read(select);
        } catch (SQLException e) {
            throw new EventStoreException("cannot list games", e);
        }
    }

    /** Every game, in order of creation (for tests and rebuild checks). */
    public List<GameSummary> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT game_id, status, white_name, black_name, move_count, result, reason, created_at,
                            last_change
                     FROM game_summaries ORDER BY created_at, game_id""")) {
            return read(select);
        } catch (SQLException e) {
            throw new EventStoreException("cannot list games", e);
        }
    }

    private static List<GameSummary> read(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<GameSummary> summaries = new ArrayList<>();
            while (rows.next()) {
                summaries.add(new GameSummary(rows.getString(1), rows.getString(2),
                        Optional.ofNullable(rows.getString(3)), Optional.ofNullable(rows.getString(4)),
                        rows.getInt(5), Optional.ofNullable(rows.getString(6)), Optional.ofNullable(rows.getString(7)),
                        rows.getObject(8, OffsetDateTime.class).toInstant(),
                        rows.getObject(9, OffsetDateTime.class).toInstant()));
            }
            return List.copyOf(summaries);
        }
    }
}
