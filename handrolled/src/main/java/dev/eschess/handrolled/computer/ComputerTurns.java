package dev.eschess.handrolled.computer;

import dev.eschess.engine.opponent.ComputerOpponent;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.deadline.JdbcDeadlines;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.subscription.JdbcProjection;
import dev.eschess.handrolled.serialization.GameSerialization;
import dev.eschess.handrolled.storage.GameStreamNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The computer's to-do list as a projection of the log (ADR 0066): after each event of a game where a
 * {@link ComputerSeat} sits, the game as it is now decides whether the computer has something to do (it is to move,
 * or the person's draw offer waits for an answer); if so the game gets a {@code computer-turn} deadline due at once in
 * the core's deadline table, else that deadline is cancelled. The row and the checkpoint commit together, so each
 * event changes the list once, whichever instance applies it; the computer's runners claim the rows.
 */
public final class ComputerTurns extends JdbcProjection {

    /** The checkpoint's key. */
    public static final String NAME = "computer-turns";

    /** The kind of the computer's deadlines in the core's table. */
    public static final String KIND = "computer-turn";

    /** The kinds the computer's runners claim: only their own. */
    public static final Set<String> KINDS = Set.of(KIND);

    private final EventSerializer<GameEvent> serializer = GameSerialization.events();
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> games;

    /** A projection on the migrated schema (creates its checkpoint row if it is missing), reading games by {@code games}. */
    public ComputerTurns(DataSource dataSource, EventSourcedRepository<GameCommand, GameEvent, GameState> games) {
        super(dataSource, NAME);
        this.games = Objects.requireNonNull(games, "games");
    }

    // tag::cmp-process-manager[]
    @Override
    protected void handle(Connection connection, StoredEvent stored) throws SQLException {
        if (!GameStreamNames.isGameStream(stored.streamId())) {
            return;
        }
        switch (serializer.deserialize(stored)) {
            // A created game waits for its second player, and an ended one wants nothing more.
            case GameCreated created -> {
            }
            case GameEnded ended -> JdbcDeadlines.cancel(connection, stored.streamId(), KIND);
            case PlayerJoined joined -> lookAt(connection, stored);
            case MovePlayed moved -> lookAt(connection, stored);
            case DrawOffered offered -> lookAt(connection, stored);
            case DrawOfferDeclined declined -> lookAt(connection, stored);
            case DrawOfferLapsed lapsed -> lookAt(connection, stored);
        }
    }
    // end::cmp-process-manager[]

    /** Deletes the whole list: a rebuild makes it anew from the log. */
    @Override
    protected void clear(Connection connection) throws SQLException {
        JdbcDeadlines.cancelAll(connection, KIND);
    }

    /**
     * Records or clears the game's turn from the game as it is now rather than as of this event: when the projection
     * catches up on older events, the latest decides, and the events after this one record the same again.
     */
    private void lookAt(Connection connection, StoredEvent stored) throws SQLException {
        GameState game = games.load(stored.streamId()).state();
        if (ComputerOpponent.owesAReply(game)) {
            JdbcDeadlines.schedule(connection, stored.streamId(), KIND, stored.occurredAt());
        } else {
            JdbcDeadlines.cancel(connection, stored.streamId(), KIND);
        }
    }
}
