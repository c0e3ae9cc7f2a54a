package dev.eschess.web.lobby;

import dev.eschess.chess.Color;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.game.GameStatus;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.port.RecordedGameEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lobby read model ({@code web_lobby_games}) and the entry point through which a variant tells the web
 * module that events were stored. Each variant calls {@link #apply} from its own durable subscription (the
 * hand-rolled subscription runner, an Axon tracking processor) for every event of every game, in version order
 * per game, at least once (ADR 0031).
 *
 * <p>{@link #apply} is idempotent by version: an event whose version the row already has (or passed) changes
 * nothing, so redelivery after a crash before the checkpoint moved is harmless. It writes through Spring's
 * {@link JdbcTemplate} and so joins the caller's transaction on the same {@code DataSource}, if there is one;
 * then the read model and the caller's checkpoint commit together. Live streams are notified after that
 * transaction commits (immediately when there is none). One applier per game at a time.
 */
public final class LobbyProjection {

    private final JdbcTemplate jdbc;
    private final GameStreams streams;

    public LobbyProjection(JdbcTemplate jdbc, GameStreams streams) {
        this.jdbc = jdbc;
        this.streams = streams;
    }

    /** Folds one stored event into the lobby and notifies live streams of the game's new version. */
    public void apply(RecordedGameEvent recorded) {
        long version = recorded.version();
        GameEvent event = recorded.event();
        OffsetDateTime at = OffsetDateTime.ofInstant(recorded.occurredAt(), ZoneOffset.UTC);
        String id = event.gameId();
        switch (event) {
            case GameCreated created -> insertIfAbsent(created, version, at);
            case PlayerJoined joined -> {
                String seat = joined.color() == Color.WHITE ? "white" : "black";
                jdbc.update("UPDATE web_lobby_games SET status = ?, " + seat + "_name = ?, " + seat + "_player_id = ?, "
                        + "game_version = ?, last_change_at = ? WHERE game_id = ? AND game_version < ?",
                        GameStatus.ACTIVE.wireName(), joined.playerName(), joined.playerId(), version, at, id, version);
            }
            case MovePlayed moved -> jdbc.update("UPDATE web_lobby_games SET move_count = ?, game_version = ?, "
                    + "last_change_at = ? WHERE game_id = ? AND game_version < ?",
                    moved.ply(), version, at, id, version);
            case DrawOffered offered -> touch(id, version, at);
            case DrawOfferDeclined declined -> touch(id, version, at);
            case DrawOfferLapsed lapsed -> touch(id, version, at);
            case GameEnded ended -> jdbc.update("UPDATE web_lobby_games SET status = ?, result = ?, end_reason = ?, "
                    + "game_version = ?, last_change_at = ? WHERE game_id = ? AND game_version < ?",
                    GameStatus.FINISHED.wireName(), ended.result().wireName(), ended.reason().wireName(), version,
                    at, id, version);
        }
        notifyAfterCommit(id, version);
    }

    /** Empties the lobby, before a variant replays all events into it from the beginning. */
    public void reset() {
        jdbc.update("DELETE FROM web_lobby_games");
    }

    private void insertIfAbsent(GameCreated created, long version, OffsetDateTime at) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM web_lobby_games WHERE game_id = ?", Integer.class,
                created.gameId());
        if (rows != null && rows > 0) {
            return;
        }
        boolean white = created.creatorColor() == Color.WHITE;
        jdbc.update("INSERT INTO web_lobby_games (game_id, status, white_name, black_name, move_count, result, "
                        + "end_reason, game_version, created_at, last_change_at, clock_limit, clock_increment, "
                        + "white_player_id, black_player_id) VALUES (?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)",
                created.gameId(), GameStatus.WAITING.wireName(), white ? created.creatorName() : null,
                white ? null : created.creatorName(), version, at, at,
                created.timeControl().map(TimeControl::limitSeconds).orElse(null),
                created.timeControl().map(TimeControl::incrementSeconds).orElse(null),
                white ? created.creatorId() : null, white ? null : created.creatorId());
    }

    private void touch(String gameId, long version, OffsetDateTime at) {
        jdbc.update("UPDATE web_lobby_games SET game_version = ?, last_change_at = ? "
                + "WHERE game_id = ? AND game_version < ?", version, at, gameId, version);
    }

    private void notifyAfterCommit(String gameId, long version) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    streams.changed(gameId, version);
                }
            });
        } else {
            streams.changed(gameId, version);
        }
    }
}
