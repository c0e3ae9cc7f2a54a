package dev.eschess.handrolled.projection;

import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.subscription.JdbcProjection;
import dev.eschess.handrolled.core.subscription.ProjectionTransactions;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.web.lobby.LobbyProjection;
import dev.eschess.web.port.RecordedGameEvent;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Web's lobby read model as a {@link JdbcProjection} of the hand-rolled global log (ADR 0031). Each batch runs in
 * one Spring transaction on the application's data source ({@link SpringProjectionTransactions}): the core locks
 * this projection's row in {@code projection_checkpoints}, every new game event goes to
 * {@link LobbyProjection#apply} (whose {@code JdbcTemplate} joins that transaction) and the checkpoint moves. Lobby
 * rows and checkpoint commit together, so each event changes the lobby exactly once; a second instance on the same
 * database waits on the row lock. {@link LobbyProjection} is idempotent by version besides, and notifies live
 * streams after the commit.
 */
public final class LobbyFeed extends JdbcProjection {

    /** The checkpoint's key. */
    public static final String NAME = "web-lobby";

    private final LobbyProjection lobby;
    private final EventSerializer<GameEvent> serializer = GameSerialization.events();

    /** A feed on the migrated schema; creates its checkpoint row if it is missing. */
    public LobbyFeed(DataSource dataSource, ProjectionTransactions transactions, LobbyProjection lobby) {
        super(dataSource, transactions, NAME);
        this.lobby = Objects.requireNonNull(lobby, "lobby");
    }

    // tag::cmp-projections[]
    @Override
    protected void handle(Connection connection, StoredEvent stored) {
        if (GameStreamNames.isGameStream(stored.streamId())) {
            lobby.apply(new RecordedGameEvent(stored.version(), stored.occurredAt(), serializer.deserialize(stored)));
        }
    }

    @Override
    protected void clear(Connection connection) {
        lobby.reset();
    }
    // end::cmp-projections[]
}
