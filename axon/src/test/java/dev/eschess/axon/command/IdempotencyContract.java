package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.support.Games;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.chess.Color;
import dev.eschess.game.GameRejection;
import dev.eschess.game.command.CreateGame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A command id already applied to a game returns the earlier outcome and stores nothing. */
abstract class IdempotencyContract {

    @Autowired
    AxonGameCommands commands;
    @Autowired
    AxonGameHistory history;

    @Test
    void aRetriedMoveReturnsTheEarlierOutcomeAndStoresNothing() {
        Games games = new Games(commands);
        String gameId = games.started();
        SendOptions withId = SendOptions.none().withCommandId("move-1");
        ExecutedCommand first = games.move(gameId, Games.WHITE, "e4", withId);

        ExecutedCommand retry = games.move(gameId, Games.WHITE, "e4", withId);

        assertThat(first.duplicate()).isFalse();
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.version()).isEqualTo(first.version());
        assertThat(retry.events()).isEqualTo(first.events());
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
    }

    @Test
    void aRetryIsRecognisedByItsIdEvenAfterTheGameMovedOn() {
        Games games = new Games(commands);
        String gameId = games.started();
        SendOptions withId = SendOptions.none().withCommandId("white-e4");
        games.move(gameId, Games.WHITE, "e4", withId);
        games.move(gameId, Games.BLACK, "e5", SendOptions.none());
        games.move(gameId, Games.WHITE, "Nf3", SendOptions.none());

        // the retry carries the If-Match the client sent the first time: stale now, yet not a conflict
        ExecutedCommand retry = games.move(gameId, Games.WHITE, "e4", withId.expecting(2));

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.version()).isEqualTo(3);
        assertThat(retry.currentVersion()).isEqualTo(5);
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(5);
    }

    @Test
    void aRetriedCreateReturnsTheEarlierOutcomeRatherThanGameAlreadyExists() {
        String gameId = Games.newGameId();
        CreateGame create = CreateGame.standard(gameId, Games.WHITE, "Alice", Color.WHITE, Games.AT);
        SendOptions withId = SendOptions.none().withCommandId("create-1");
        commands.execute(create, withId);

        ExecutedCommand retry = commands.execute(create, withId);

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.version()).isEqualTo(1);
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(1);
    }

    @Test
    void aCommandIdIsRememberedAcrossASnapshot() {
        Games games = new Games(commands);
        String gameId = games.started();
        SendOptions withId = SendOptions.none().withCommandId("early-move");
        games.move(gameId, Games.WHITE, "e4", withId);
        games.move(gameId, Games.BLACK, "e5", SendOptions.none());
        games.play(gameId, SnapshotFixtures.AFTER_E4_E5);

        ExecutedCommand retry = games.move(gameId, Games.WHITE, "e4", withId);

        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSizeGreaterThan(10);
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.version()).isEqualTo(3);
    }

    @Test
    void theIdOfARejectedCommandIsNotRememberedBecauseNothingWasApplied() {
        Games games = new Games(commands);
        String gameId = games.started();
        SendOptions withId = SendOptions.none().withCommandId("try-again");
        assertThatThrownBy(() -> games.move(gameId, Games.WHITE, "e5", withId)).isInstanceOf(GameRejection.class);

        ExecutedCommand second = games.move(gameId, Games.WHITE, "e4", withId);

        assertThat(second.duplicate()).isFalse();
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
    }

    @Test
    void theSameCommandIdInAnotherGameIsAnotherCommand() {
        Games games = new Games(commands);
        String one = games.started();
        String other = games.started();
        SendOptions withId = SendOptions.none().withCommandId("same-id");
        games.move(one, Games.WHITE, "e4", withId);

        ExecutedCommand inOther = games.move(other, Games.WHITE, "e4", withId);

        assertThat(inOther.duplicate()).isFalse();
        assertThat(history.events(other, 1, Long.MAX_VALUE)).hasSize(3);
    }
}
