package dev.eschess.handrolled.deadline;

import dev.eschess.game.GameState;
import dev.eschess.game.clock.GameClock;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The games' deadlines as a projection of the log (ADR 0062): a created game is given its waiting deadline, a join
 * cancels it; a move sets the flag-fall deadline to when the side now to move runs out of time, replacing the one
 * before it; the end of a game cancels both. Deadlines and checkpoint commit together, so each event changes them
 * exactly once, whichever instance applies it.
 */
public final class GameDeadlineSchedule extends JdbcProjection {

    /** The checkpoint's key. */
    public static final String NAME = "game-deadlines";

    private final EventSerializer<GameEvent> serializer = GameSerialization.events();
    private final EventSourcedRepository<GameCommand, GameEvent, GameState> games;
    private final Duration waitingTime;

    /**
     * A schedule on the migrated schema (creates its checkpoint row if it is missing): games are loaded through
     * {@code games} for their clocks; a game nobody joins is due to expire {@code waitingTime} after its creation.
     */
    public GameDeadlineSchedule(DataSource dataSource, EventSourcedRepository<GameCommand, GameEvent, GameState> games,
                                Duration waitingTime) {
        super(dataSource, NAME);
        this.games = Objects.requireNonNull(games, "games");
        this.waitingTime = Objects.requireNonNull(waitingTime, "waitingTime");
    }

    // tag::cmp-deadlines[]
    @Override
    protected void handle(Connection connection, StoredEvent stored) throws SQLException {
        if (!GameStreamNames.isGameStream(stored.streamId())) {
            return;
        }
        String stream = stored.streamId();
        switch (serializer.deserialize(stored)) {
            case GameCreated created -> JdbcDeadlines.schedule(connection, stream, GameDeadline.WAITING_GAME.kind(),
                    created.occurredAt().plus(waitingTime));
            case PlayerJoined joined -> JdbcDeadlines.cancel(connection, stream, GameDeadline.WAITING_GAME.kind());
            case MovePlayed moved -> scheduleFlagFall(connection, stream);
            case GameEnded ended -> {
                JdbcDeadlines.cancel(connection, stream, GameDeadline.WAITING_GAME.kind());
                JdbcDeadlines.cancel(connection, stream, GameDeadline.FLAG_FALL.kind());
            }
            case DrawOffered offered -> {
                // offers and their answers leave the clock running as it was
            }
            case DrawOfferDeclined declined -> {
                // as above
            }
            case DrawOfferLapsed lapsed -> {
                // as above
            }
        }
    }
    // end::cmp-deadlines[]

    /** Deletes every deadline: a rebuild schedules them anew from the whole log. */
    @Override
    protected void clear(Connection connection) throws SQLException {
        for (GameDeadline deadline : GameDeadline.values()) {
            JdbcDeadlines.cancelAll(connection, deadline.kind());
        }
    }

    /**
     * The clock's flag-fall instant, from the game as it is now rather than as of this move: when the schedule
     * catches up on older moves, the game's latest move decides, and the events after this one set the same deadline
     * again or, at the end, cancel it.
     */
    private void scheduleFlagFall(Connection connection, String stream) throws SQLException {
        GameState game = games.load(stream).state();
        Optional<Instant> flagFallsAt = game.clock().flatMap(GameClock::flagFallsAt);
        if (flagFallsAt.isPresent()) {
            JdbcDeadlines.schedule(connection, stream, GameDeadline.FLAG_FALL.kind(), flagFallsAt.get());
        }
    }
}
