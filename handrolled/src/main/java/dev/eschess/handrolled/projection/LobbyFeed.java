package dev.eschess.handrolled.app;

import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.eventstore.StoredEvent;
import dev.eschess.handrolled.game.GameSerialization;
import dev.eschess.handrolled.game.GameStreams;
import dev.eschess.handrolled.serialization.EventSerializer;
import dev.eschess.handrolled.subscription.Projection;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.RecordedGameEvent;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web's lobby read model as a {@link Projection} of the hand-rolled global log (ADR 0031). Each batch runs in one
 * Spring transaction on the application's data source: lock this projection's row in
 * {@code projection_checkpoints}, hand every new game event to {@link LobbyProjection#apply} (whose
 * {@code JdbcTemplate} joins that transaction) and move the checkpoint. Lobby rows and checkpoint commit together,
 * so each event changes the lobby exactly once; a second instance on the same database waits on the row lock.
 * {@link LobbyProjection} is idempotent by version besides, and notifies live streams after the commit.
 */
public final class LobbyFeed implements Projection {

    /** The checkpoint's key. */
    public static final String NAME = "web-lobby";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LobbyProjection lobby;
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();

    /** A feed on the migrated schema; creates its checkpoint row if it is missing. */
    public LobbyFeed(JdbcTemplate jdbc, TransactionTemplate transactions, LobbyProjection lobby) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.lobby = Objects.requireNonNull(lobby, "lobby");
        ensureCheckpointRow();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long checkpoint() {
        Long position = jdbc.queryForObject(
                "SELECT global_position FROM projection_checkpoints WHERE projection = ?", Long.class, NAME);
        return position == null ? 0 : position;
    }

    @Override
    public void apply(List<StoredEvent> batch) {
        transactions.executeWithoutResult(status -> {
            long checkpoint = lockCheckpoint();
            long next = checkpoint + 1;
            for (StoredEvent stored : batch) {
                if (stored.position() < next) {
                    continue; // applied before: a repeated delivery changes nothing
                }
                if (stored.position() > next) {
                    throw new IllegalStateException(NAME + " expected position " + next + " but got "
                            + stored.position() + ": the log must be read without gaps");
                }
                if (GameStreams.isGameStream(stored.streamId())) {
                    lobby.apply(new RecordedGameEvent(stored.version(), stored.occurredAt(),
                            serializer.deserialize(stored)));
                }
                next++;
            }
            if (next - 1 > checkpoint) {
                jdbc.update("UPDATE projection_checkpoints SET global_position = ? WHERE projection = ?",
                        next - 1, NAME);
            }
        });
    }

    @Override
    public void reset() {
        transactions.executeWithoutResult(status -> {
            lockCheckpoint();
            lobby.reset();
            jdbc.update("UPDATE projection_checkpoints SET global_position = 0 WHERE projection = ?", NAME);
        });
    }

    private long lockCheckpoint() {
        Long position = jdbc.queryForObject(
                "SELECT global_position FROM projection_checkpoints WHERE projection = ? FOR UPDATE", Long.class,
                NAME);
        if (position == null) {
            throw new IllegalStateException("checkpoint row of " + NAME + " is missing");
        }
        return position;
    }

    private void ensureCheckpointRow() {
        try {
            jdbc.update("INSERT INTO projection_checkpoints (projection, global_position) SELECT ?, 0 "
                    + "WHERE NOT EXISTS (SELECT 1 FROM projection_checkpoints WHERE projection = ?)", NAME, NAME);
        } catch (DuplicateKeyException raced) {
            // another instance created it at the same moment
        }
    }
}
