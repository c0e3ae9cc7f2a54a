package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.axon.support.GameStates;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.support.TestSettings;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.axon.timetravel.StoredGameEvent;
import dev.eschess.axon.timetravel.VersionedGame;
import dev.eschess.game.GameDecider;
import dev.eschess.game.GameSnapshot;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Snapshots every N events, in a Jackson form of the shared state, load to exactly what a full replay gives. */
abstract class SnapshotContract {

    /** Twelve plies of the Ruy Lopez: with creation and joining, fourteen events. */
    static final String[] RUY_LOPEZ = {"e4", "e5", "Nf3", "Nc6", "Bb5", "a6", "Ba4", "Nf6", "O-O", "Be7", "Re1", "b5"};

    @Autowired
    AxonGameCommands commands;
    @Autowired
    AxonGameHistory history;
    @Autowired
    GameStates states;
    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGameLongerThanTheThresholdGetsASnapshotInTheCurrentRevision() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, RUY_LOPEZ);

        Map<String, Object> snapshot = snapshotRow(gameId);

        assertThat(((Number) snapshot.get("sequence_number")).longValue())
                .isGreaterThanOrEqualTo(TestSettings.SNAPSHOT_THRESHOLD - 1);
        assertThat(snapshot).containsEntry("aggregate_type", GameAggregate.TYPE)
                .containsEntry("payload_revision", GameAggregate.SNAPSHOT_REVISION);
        assertThat(new String((byte[]) snapshot.get("payload"))).contains("\"currentFen\"");
    }

    @Test
    void theGameLoadedFromItsSnapshotEqualsAFullReplayOfItsEvents() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, RUY_LOPEZ);

        DomainEventMessage<?> firstLoaded = eventStore.readEvents(gameId).next();
        VersionedGame fromSnapshot = states.current(gameId).orElseThrow();
        var replayed = new GameDecider().replay(history.events(gameId, 1, Long.MAX_VALUE).stream().map(StoredGameEvent::data).toList());

        assertThat(firstLoaded.getPayload()).isInstanceOf(GameAggregate.class);
        assertThat(fromSnapshot.version()).isEqualTo(14);
        assertThat(fromSnapshot.state()).isEqualTo(replayed);
        assertThat(fromSnapshot.state()).isEqualTo(states.stateAt(gameId, 14).orElseThrow());
    }

    @Test
    void theAggregateKeepsDecidingCorrectlyAfterLoadingFromASnapshot() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, RUY_LOPEZ);

        var outcome = games.move(gameId, Games.WHITE, "Bb3", SendOptions.none());

        assertThat(outcome.version()).isEqualTo(15);
        assertThat(states.current(gameId).orElseThrow().state().sanMoves()).endsWith("Re1", "b5", "Bb3");
    }

    @Test
    void aSnapshotOfAnotherRevisionIsIgnoredAndTheGameReplayedInstead() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, RUY_LOPEZ);
        String otherGame = games.started();
        games.play(otherGame, "d4", "d5", "c4", "e6", "Nc3", "Nf6", "Bg5", "Be7", "e3", "O-O", "Nf3", "h6");
        // plant the other game's snapshot under this game, marked as written by an older form
        byte[] foreign = (byte[]) snapshotRow(otherGame).get("payload");
        jdbc.sql("UPDATE snapshot_event_entry SET payload = :payload, payload_revision = '0.1' "
                        + "WHERE aggregate_identifier = :id")
                .param("payload", foreign).param("id", gameId).update();

        VersionedGame loaded = states.current(gameId).orElseThrow();

        assertThat(loaded.state()).isEqualTo(states.stateAt(gameId, 14).orElseThrow());
        assertThat(loaded.state().gameId()).contains(gameId);
    }

    @Test
    void aSnapshotStoredUnderTheFormerClassNameIsIgnoredAndTheAggregateReplayedInstead() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, RUY_LOPEZ);
        // as written before the aggregate moved from the game to the command package (snapshot form 1)
        jdbc.sql("UPDATE snapshot_event_entry SET payload_type = 'dev.eschess.axon.game.GameAggregate', "
                        + "payload_revision = :revision WHERE aggregate_identifier = :id")
                .param("revision", GameSnapshot.SCHEMA_VERSION + ".1").param("id", gameId).update();

        var outcome = games.move(gameId, Games.WHITE, "Bb3", SendOptions.none());

        assertThat(outcome.version()).isEqualTo(15);
        assertThat(states.stateAt(gameId, 15).orElseThrow().sanMoves()).endsWith("Re1", "b5", "Bb3");
    }

    Map<String, Object> snapshotRow(String gameId) {
        return jdbc.sql("SELECT * FROM snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", gameId).query().singleRow();
    }
}
