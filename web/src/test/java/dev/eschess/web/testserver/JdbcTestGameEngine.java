package dev.eschess.web.testserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameRejection;
import dev.eschess.game.GameState;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameEventType;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.EngineDescription;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.port.WriteWithEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deliberately small {@link GameEngine} for web's own tests: the shared decider folded over a JDBC table, with
 * an expected-version check under a lock, bounded retries, command ids, the web's write in the append's
 * transaction, and the lobby fed synchronously after each append (the variants feed it from their subscriptions).
 * Durable, so the restart case of the contract suite means something. Not a reference for the variants: it has no
 * global log, no snapshots, no upcasting.
 */
public final class JdbcTestGameEngine implements GameEngine {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final GameDecider decider;
    private final ObjectProvider<LobbyProjection> lobby;
    private final Object appendLock = new Object();
    private final AtomicInteger racesToLose = new AtomicInteger();
    private final AtomicBoolean nextJoinFails = new AtomicBoolean();

    public JdbcTestGameEngine(JdbcTemplate jdbc, ObjectMapper json, GameDecider decider,
                              ObjectProvider<LobbyProjection> lobby) {
        this.jdbc = jdbc;
        this.json = json;
        this.decider = decider;
        this.lobby = lobby;
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_game_events (game_id VARCHAR(64) NOT NULL, "
                + "version BIGINT NOT NULL, type VARCHAR(40) NOT NULL, payload VARCHAR(4000) NOT NULL, "
                + "occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, command_id VARCHAR(100), "
                + "PRIMARY KEY (game_id, version))");
    }

    @Override
    public CommandOutcome execute(GameCommand command, CommandOptions options, WriteWithEvents write) {
        String gameId = command.gameId();
        if (command instanceof JoinGame && nextJoinFails.getAndSet(false)) {
            throw new IllegalStateException("the test made this join fail, as a store that is down would");
        }
        if (options.commandId().isPresent()) {
            Long applied = jdbc.queryForObject("SELECT MAX(version) FROM test_game_events WHERE game_id = ? AND "
                    + "command_id = ?", Long.class, gameId, options.commandId().get());
            if (applied != null) {
                List<RecordedGameEvent> stream = events(gameId);
                return new CommandOutcome.AlreadyApplied(stream.size(), fold(stream));
            }
        }
        for (int attempt = 1; ; attempt++) {
            List<RecordedGameEvent> stream = events(gameId);
            long loaded = stream.size();
            if (command instanceof CreateGame && loaded > 0) {
                return new CommandOutcome.Rejected(dev.eschess.game.RejectionReason.GAME_ALREADY_EXISTS,
                        "game " + gameId + " already exists");
            }
            Optional<Long> pinned = options.expectedVersion();
            if (pinned.isPresent() && pinned.get() != loaded) {
                return new CommandOutcome.VersionMismatch(pinned.get(), loaded);
            }
            GameState state = fold(stream);
            List<GameEvent> decided;
            try {
                decided = decider.decide(command, state);
            } catch (GameRejection rejection) {
                return new CommandOutcome.Rejected(rejection.reason(), rejection.getMessage());
            }
            Optional<List<RecordedGameEvent>> appended = append(gameId, loaded, decided, options.commandId(), write);
            if (appended.isPresent()) {
                appended.get().forEach(recorded -> lobby.getObject().apply(recorded));
                GameState after = state;
                for (GameEvent event : decided) {
                    after = decider.evolve(after, event);
                }
                return new CommandOutcome.Applied(appended.get().getLast().version(), appended.get(), after);
            }
            long actual = currentVersion(gameId);
            if (pinned.isPresent()) {
                return new CommandOutcome.VersionMismatch(pinned.get(), actual);
            }
            if (attempt == ATTEMPTS) {
                return new CommandOutcome.VersionConflict(loaded, actual);
            }
        }
    }

    /** This small engine folds the whole stream every time; the variants do not. */
    @Override
    public Optional<FoldedGame> current(String gameId) {
        List<RecordedGameEvent> stream = events(gameId);
        return stream.isEmpty() ? Optional.empty() : Optional.of(new FoldedGame(stream.size(), fold(stream)));
    }

    @Override
    public Optional<FoldedGame> at(String gameId, long version) {
        List<RecordedGameEvent> stream = events(gameId, 0, (int) Math.min(version, Integer.MAX_VALUE));
        return stream.size() < version || version < 1 ? Optional.empty()
                : Optional.of(new FoldedGame(version, fold(stream)));
    }

    @Override
    public List<RecordedGameEvent> events(String gameId, long after, int limit) {
        return jdbc.query("SELECT version, type, payload FROM test_game_events WHERE game_id = ? AND version > ? "
                        + "ORDER BY version FETCH FIRST ? ROWS ONLY",
                (rs, row) -> RecordedGameEvent.of(rs.getLong(1), read(rs.getString(2), rs.getString(3))), gameId,
                after, limit);
    }

    private List<RecordedGameEvent> events(String gameId) {
        return events(gameId, 0, Integer.MAX_VALUE);
    }

    private GameState fold(List<RecordedGameEvent> stream) {
        return decider.replay(stream.stream().map(RecordedGameEvent::event).toList());
    }

    @Override
    public EngineDescription describe() {
        return new EngineDescription("web-test", "h2");
    }

    /**
     * The next {@code count} appends behave as if another writer had got there first, without storing anything: the
     * race a server cannot resolve, on demand.
     */
    public void loseNextRaces(int count) {
        racesToLose.set(count);
    }

    /** The next join throws before anything is stored: a fault of the store, on demand. */
    public void failNextJoin() {
        nextJoinFails.set(true);
    }

    /**
     * Appends if the stream is still at {@code expected}, with the web's write in the same transaction; empty when
     * another writer got there first.
     */
    private Optional<List<RecordedGameEvent>> append(String gameId, long expected, List<GameEvent> events,
                                                     Optional<String> commandId, WriteWithEvents write) {
        synchronized (appendLock) {
            if (racesToLose.getAndUpdate(left -> Math.max(0, left - 1)) > 0 || currentVersion(gameId) != expected) {
                return Optional.empty();
            }
            List<RecordedGameEvent> recorded = new ArrayList<>(events.size());
            long version = expected;
            for (GameEvent event : events) {
                recorded.add(RecordedGameEvent.of(++version, event));
            }
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                inOneTransaction(connection, gameId, recorded, commandId, write);
                return null;
            });
            return Optional.of(recorded);
        }
    }

    private void inOneTransaction(Connection connection, String gameId, List<RecordedGameEvent> recorded,
                                  Optional<String> commandId, WriteWithEvents write) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO test_game_events "
                + "(game_id, version, type, payload, occurred_at, command_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RecordedGameEvent event : recorded) {
                insert.setString(1, gameId);
                insert.setLong(2, event.version());
                insert.setString(3, GameEventType.of(event.event()).typeName());
                insert.setString(4, write(event.event()));
                insert.setObject(5, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                insert.setString(6, commandId.orElse(null));
                insert.executeUpdate();
            }
            write.write(connection, List.copyOf(recorded));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long currentVersion(String gameId) {
        Long version = jdbc.queryForObject("SELECT MAX(version) FROM test_game_events WHERE game_id = ?", Long.class,
                gameId);
        return version == null ? 0 : version;
    }

    private String write(GameEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    private GameEvent read(String type, String payload) {
        GameEventType eventType = GameEventType.byTypeName(type)
                .orElseThrow(() -> new IllegalStateException("unknown event type " + type));
        try {
            return json.readValue(payload, eventType.eventClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a " + type, e);
        }
    }
}
